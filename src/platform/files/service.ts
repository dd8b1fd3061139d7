import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/types.ts';
import { withTx } from '../db/tx.ts';
import { audit } from '../audit/index.ts';
import { auditActor, type Actor } from '../access/index.ts';
import { AppError, notFound } from '../errors.ts';
import { canReadFile } from './attach.ts';
import { fileRepo, type FileMeta } from './repo.ts';
import { contentMatchesExtension } from './sniff.ts';
import { fileStoreFor } from './store.ts';
import { uploadTypes } from './types.ts';
import { cleanFileName } from './names.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What an upload answers: the id a module's attachment refers to. */
export interface StoredFile {
  id: number;
  name: string;
  size: number;
  mime: string;
  sha256: string;
}

/**
 * The permissions that let an actor upload (and download through the file route): each module
 * that attaches files names one (`LuoshiModule.fileAttachPermission`); holding any is enough.
 */
export function requireFileAccess(ctx: AppContext, actor: Actor): void {
  const permissions = ctx.modules.flatMap((m) => (m.fileAttachPermission ? [m.fileAttachPermission] : []));
  if (!permissions.some((p) => actor.permissions.has(p))) throw new AppError('common.forbidden', 'forbidden', { permission: permissions.join(' | ') });
}

/** The upload checks (type by extension, size, not empty, content matching the extension), then storage and audit. */
export async function uploadFile(ctx: AppContext, actor: Actor, rawName: string, data: Buffer): Promise<StoredFile> {
  requireFileAccess(ctx, actor);
  const name = cleanFileName(rawName);
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const mime = Object.hasOwn(uploadTypes, ext) ? uploadTypes[ext] : undefined;
  if (!mime) throw new AppError('files.type', 'invalid', { name, types: Object.keys(uploadTypes).join(', ') });
  if (data.length > MAX_FILE_BYTES) throw new AppError('common.too_large', 'tooLarge', { limit: '20 MB' });
  if (data.length === 0) throw new AppError('files.empty', 'invalid', { name });
  if (!contentMatchesExtension(ext, data)) throw new AppError('files.content', 'invalid', { name, ext });
  const sha256 = await fileStoreFor(ctx.config.dataDir).put(data);
  const now = ctx.clock.now();
  return withTx(ctx.db, async (tx) => {
    const id = await fileRepo.insert(tx, { sha256, name, mime, size: data.length, createdBy: actor.userId || null, at: now.toISOString() });
    await audit(tx, auditActor(actor), { action: 'create', entity: 'file', entityId: id, after: { name, size: data.length, sha256 } }, now);
    return { id, name, size: data.length, mime, sha256 };
  });
}

/**
 * Keeps a file a module generated (a supervision notice's .docx…) inside the module's
 * transaction. The content is written first: a rollback leaves an unreferenced blob, never a
 * row without its content.
 */
export async function saveFile(
  ctx: AppContext,
  tx: DbOrTx,
  f: { name: string; mime: string; data: Buffer; createdBy: number | null; at: string },
): Promise<number> {
  const sha256 = await fileStoreFor(ctx.config.dataDir).put(f.data);
  return fileRepo.insert(tx, { sha256, name: cleanFileName(f.name), mime: f.mime, size: f.data.length, createdBy: f.createdBy || null, at: f.at });
}

/** A stored file and its content, with no read check: for a module that has made its own (a notice it lets the actor see). */
export async function fileContent(ctx: AppContext, id: number): Promise<(FileMeta & { stream: Readable }) | undefined> {
  const file = await fileRepo.meta(ctx.db, id);
  return file && { ...file, stream: fileStoreFor(ctx.config.dataDir).stream(file.sha256) };
}

/** The file route's download: by whoever may read it (attach.ts), else the same 404 as a file that does not exist. */
export async function openFile(ctx: AppContext, actor: Actor, id: number): Promise<FileMeta & { stream: Readable }> {
  requireFileAccess(ctx, actor);
  const file = await fileRepo.meta(ctx.db, id);
  if (!file || !(await canReadFile(ctx, actor, file))) throw notFound();
  return { ...file, stream: fileStoreFor(ctx.config.dataDir).stream(file.sha256) };
}
