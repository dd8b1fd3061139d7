import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/types.ts';
import type { Actor } from '../access/actor.ts';
import { AppError } from '../errors.ts';
import { fileRepo, type FileMeta } from './repo.ts';

/**
 * Who may read an evidence file, and so who may attach it (issue #10, finding 1: ids are
 * sequential, so an attachment that accepted any id would let anyone read the whole store).
 *
 * A file is read by its uploader, or by whoever a module that attaches it lets through
 * (`LuoshiModule.canReadFile`: the ledger for reports and sources, problems for acceptance
 * evidence…). An attachment may reference only files its author can already read: its own
 * uploads (attached nowhere yet, or attached elsewhere — it can read them either way) and files
 * it sees through something it may see. Anything else is refused with the same answer as a
 * file that does not exist, so ids cannot be probed.
 */
export async function canReadFile(ctx: AppContext, actor: Actor, file: { id: number; created_by: number | null }): Promise<boolean> {
  if (actor.userId && file.created_by === actor.userId) return true;
  for (const m of ctx.modules) if (m.canReadFile && (await m.canReadFile(ctx, actor, file))) return true;
  return false;
}

/** The files among `ids` this actor may read, by id (a list shows names and sizes of those only). */
export async function readableFiles(ctx: AppContext, db: DbOrTx, actor: Actor, ids: readonly number[]): Promise<Map<number, FileMeta>> {
  const out = new Map<number, FileMeta>();
  for (const f of await fileRepo.metas(db, [...new Set(ids)])) if (await canReadFile(ctx, actor, f)) out.set(f.id, f);
  return out;
}

/**
 * Refuses, with a 400 naming the field (`body.fileIds.2`, or `body.fileId` for a single id),
 * every referenced file the actor may not read: call it before writing an attachment (a report's
 * fileIds, acceptance evidence, a source's file).
 */
export async function assertAttachable(ctx: AppContext, db: DbOrTx, actor: Actor, fileIds: readonly number[] | number, field: string): Promise<void> {
  const ids = typeof fileIds === 'number' ? [fileIds] : fileIds;
  if (!ids.length) return;
  const ok = await readableFiles(ctx, db, actor, [...ids]);
  const errors = ids.flatMap((id, i) =>
    ok.has(id) ? [] : [{ field: typeof fileIds === 'number' ? field : `${field}.${i}`, code: 'files.not_attachable', params: { id } }],
  );
  if (errors.length) throw new AppError('validation.failed', 'invalid', {}, errors);
}
