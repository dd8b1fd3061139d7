import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { contentMatchesExtension, fileStoreFor } from '../../../platform/files/index.ts';
import { filteredTasks } from '../repo/tasks.ts';

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

  /** A file may be downloaded by its uploader, or by whoever may see a task whose reports attach it. */
  async open(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'ledger.read');
    const file = await ctx.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
    if (!file) throw notFound();
    if (file.created_by !== actor.userId) {
      const reports = await ctx.db
        .selectFrom('progress_reports')
        .select('task_id')
        .where('file_ids', 'like', `%${id}%`)
        .execute();
      const candidates = [...new Set(reports.map((r) => r.task_id))];
      const sources = await ctx.db.selectFrom('sources').select('id').where('file_id', '=', id).execute();
      let visible = false;
      if (candidates.length) {
        const seen = await filteredTasks(ctx.db, actor, { ids: candidates }, ctx.today()).select('tasks.id').execute();
        const reportsWithFile = await ctx.db.selectFrom('progress_reports').select(['task_id', 'file_ids']).where('task_id', 'in', seen.map((s) => s.id).concat([0])).execute();
        visible = reportsWithFile.some((r) => (JSON.parse(r.file_ids) as number[]).includes(id));
      }
      if (!visible && sources.length) visible = actor.permissions.has('ledger.manage');
      for (const m of ctx.modules) if (!visible && m.canReadFile) visible = await m.canReadFile(ctx, actor, id);
      if (!visible) throw notFound();
    }
    return { file, stream: fileStoreFor(ctx.config.dataDir).stream(file.sha256) };
  },
};
