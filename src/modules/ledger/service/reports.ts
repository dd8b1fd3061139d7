import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { readableFiles } from '../../../platform/files/index.ts';
import { partiesOf, reviewsReports, type TaskState } from '../domain/index.ts';
import { toLedgerTask } from '../task-mapping.ts';
import { taskRepo } from '../repo/tasks.ts';
import { reportRepo } from '../repo/reports.ts';
import { ledgerActor } from './domain-actor.ts';
import { notify } from '../../notifications/index.ts';
import { taskEvent } from './shared.ts';

export const reportService = {
  async list(ctx: AppContext, actor: Actor, taskId: number) {
    requirePermission(actor, 'ledger.read');
    if (!(await taskRepo.getScoped(ctx.db, actor, taskId, ctx.today()))) throw notFound();
    const rows = (await reportRepo.listForTask(ctx.db, taskId)).map((r) => ({ ...r, fileIds: JSON.parse(r.fileIds) as number[] }));
    // Names and sizes of the files this viewer may read, only: the rest are left out altogether.
    const readable = await readableFiles(
      ctx,
      ctx.db,
      actor,
      rows.flatMap((r) => r.fileIds),
    );
    return rows.map((r) => {
      const fileIds = r.fileIds.filter((id) => readable.has(id));
      return { ...r, fileIds, files: fileIds.map((id) => ({ id, name: readable.get(id)!.name, size: readable.get(id)!.size })) };
    });
  },

  /** A supervisor accepts a report or returns it with a comment (审核 / 退回); the author is told. */
  async review(ctx: AppContext, actor: Actor, reportId: number, decision: 'accepted' | 'returned', comment: string | null) {
    requirePermission(actor, 'ledger.manage');
    const report = await reportRepo.get(ctx.db, reportId);
    if (!report) throw notFound();
    const row = await taskRepo.getScoped(ctx.db, actor, report.task_id, ctx.today());
    if (!row) throw notFound();
    const supporting = (await taskRepo.supporting(ctx.db, [row.id])).get(row.id)!;
    const la = await ledgerActor(ctx.db, actor, [row.lead_unit_id ?? 0, ...supporting].filter(Boolean));
    if (!partiesOf(la, toLedgerTask(row, supporting, null)).has('supervisor')) throw new AppError('common.forbidden', 'forbidden');
    // A closed task's reports are reviewed no more (domain reviewsReports); a decided report stays
    // decided; a 销号申请 is decided by 销号 / 退回销号申请 on the task, which closes it.
    if (report.review === 'closed' || (report.review === 'pending' && !reviewsReports(row.state as TaskState)))
      throw new AppError('ledger.report_task_closed', 'conflict');
    if (report.review !== 'pending') throw new AppError('ledger.report_already_reviewed', 'conflict');
    if (report.kind === 'signOffRequest') throw new AppError('ledger.report_is_sign_off_request', 'conflict');
    if (decision === 'returned' && !comment?.trim()) {
      throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.comment', code: 'ledger.comment_required' }]);
    }
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      const r = await reportRepo.setReview(tx, reportId, decision, comment, actor.userId, now.toISOString());
      if (Number(r.numUpdatedRows) !== 1) throw new AppError('ledger.report_already_reviewed', 'conflict');
      await audit(tx, auditActor(actor), { action: `report.${decision}`, entity: 'task', entityId: row.id, after: { reportId, comment } }, now);
      if (report.author_id) {
        await notify(
          tx,
          { kind: `report.${decision}`, recipients: [report.author_id], link: { type: 'task', id: row.id }, title: row.title, body: comment ?? '' },
          now.toISOString(),
        );
      }
    });
    ctx.events.publish(await taskEvent(ctx, `report.${decision}`, row.id));
  },
};
