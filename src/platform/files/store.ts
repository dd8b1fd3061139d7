import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * Content-addressed storage under DATA_DIR/files: a file is kept once by its SHA-256, however
 * many reports attach it, and a stored file can never be changed in place. Its record (name, type,
 * uploader) is a row of the `files` table (repo.ts); modules go through service.ts, not here.
 */
export class FileStore {
  constructor(private readonly dir: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad file hash');
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(data: Buffer): Promise<string> {
    const sha256 = crypto.createHash('sha256').update(data).digest('hex');
    const target = this.pathOf(sha256);
    if (!fs.existsSync(target)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      await fs.promises.writeFile(tmp, data);
      await fs.promises.rename(tmp, target);
    }
    return sha256;
  }

  stream(sha256: string): fs.ReadStream {
    return fs.createReadStream(this.pathOf(sha256));
  }
}

export const fileStoreFor = (dataDir: string) => new FileStore(path.join(dataDir, 'files'));
