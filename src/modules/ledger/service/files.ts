import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { contentMatchesExtension, fileStoreFor } from '../../../platform/files/index.ts';
import { canReadFile } from '../../../platform/files/attach.ts';
import { filteredTasks } from '../repo/tasks.ts';
import { reportRepo } from '../repo/reports.ts';
import { sourceRepo } from '../repo/sources.ts';

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
// What units attach as evidence: office documents (including WPS and OFD), PDFs, images, archives.
const allowed: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  wps: 'application/vnd.ms-works',
  ofd: 'application/ofd',
  txt: 'text/plain',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
  rar: 'application/vnd.rar',
};

export const fileService = {
  async upload(ctx: AppContext, actor: Actor, name: string, data: Buffer) {
    requirePermission(actor, 'ledger.read');
    const ext = name.toLowerCase().split('.').pop() ?? '';
    if (!allowed[ext]) throw new AppError('ledger.file_type', 'invalid', { name, types: Object.keys(allowed).join(', ') });
    if (data.length > MAX_EVIDENCE_BYTES) throw new AppError('common.too_large', 'tooLarge', { limit: '20 MB' });
    if (data.length === 0) throw new AppError('ledger.file_empty', 'invalid', { name });
    if (!contentMatchesExtension(ext, data)) throw new AppError('ledger.file_content', 'invalid', { name, ext });
    const sha256 = await fileStoreFor(ctx.config.dataDir).put(data);
    const now = ctx.clock.now();
    return withTx(ctx.db, async (tx) => {
      const { id } = await tx
        .insertInto('files')
        .values({ sha256, name: name.slice(0, 200), mime: allowed[ext], size: data.length, created_by: actor.userId || null, created_at: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(tx, auditActor(actor), { action: 'create', entity: 'file', entityId: id, after: { name, size: data.length, sha256 } }, now);
      return { id, name, size: data.length, mime: allowed[ext], sha256 };
    });
  },

  /** A file is downloaded by whoever may read it (platform/files/attach.ts): its uploader, or through what attaches it. */
  async open(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'ledger.read');
    const file = await ctx.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
    if (!file || !(await canReadFile(ctx, actor, file))) throw notFound();
    return { file, stream: fileStoreFor(ctx.config.dataDir).stream(file.sha256) };
  },
};

/**
 * The ledger's part of who reads a file (LuoshiModule.canReadFile): a report's file, by whoever
 * sees the task, when the report's author uploaded it (a reference to another's file grants
 * nothing, so reports written before attachments were checked cannot leak); a source's file, by
 * whoever sees the source.
 */
export async function ledgerCanReadFile(ctx: AppContext, actor: Actor, id: number): Promise<boolean> {
  if (!actor.permissions.has('ledger.read')) return false;
  const file = await ctx.db.selectFrom('files').select('created_by').where('id', '=', id).executeTakeFirst();
  if (!file) return false;
  const reports = await reportRepo.withFile(ctx.db, id);
  const tasks = [...new Set(reports.filter((r) => r.author_id !== null && r.author_id === file.created_by).map((r) => r.task_id))];
  if (tasks.length && (await filteredTasks(ctx.db, actor, { ids: tasks }, ctx.today()).select('tasks.id').executeTakeFirst())) return true;
  for (const s of await sourceRepo.withFile(ctx.db, id)) if (await sourceRepo.getScoped(ctx.db, actor, ctx.today(), s.id)) return true;
  return false;
}
