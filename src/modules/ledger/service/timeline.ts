import type { AppContext } from '../../../platform/context.ts';
import { requirePermission, type Actor } from '../../../platform/access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { ACTIONS } from '../domain/index.ts';
import { taskRepo } from '../repo/tasks.ts';
import { timelineRepo } from '../repo/timeline.ts';

/**
 * Every audit action a task's history shows, each with a label in both web locales
 * (test/timeline-labels.test.ts). The supervision module writes 催办, 督办单 and 回头看 on the task.
 */
export const TIMELINE_KINDS = [
  'create',
  'update',
  ...ACTIONS.map((a) => `task.${a}` as const),
  'report.accepted',
  'report.returned',
  'task.remind',
  'task.supervisionNotice',
  'task.lookBackConfirm',
  // A leader's 批示 (service/instructions.ts): its text, and the unit the leader wrote it for.
  'task.instruction',
] as const;

export type TimelineKind = (typeof TIMELINE_KINDS)[number];

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Who did what to a task, and when: read from the audit log, which every step writes anyway. */
export async function taskTimeline(ctx: AppContext, actor: Actor, taskId: number) {
  requirePermission(actor, 'ledger.read');
  if (!(await taskRepo.getScoped(ctx.db, actor, taskId, ctx.today()))) throw notFound();
  const rows = await timelineRepo.forTask(ctx.db, taskId, TIMELINE_KINDS);
  // A sign-off request files its final report as one step of the same transaction, just before
  // it: that report is the request itself, not a second 填报进展.
  const shown = rows.filter((r, i) => !(r.action === 'task.report' && rows[i + 1]?.action === 'task.requestSignOff' && rows[i + 1].actorName === r.actorName));
  return shown.map((r) => {
    const after = r.after ? (JSON.parse(r.after) as Record<string, unknown>) : {};
    const notice =
      r.action === 'task.supervisionNotice' && typeof after.noticeId === 'number'
        ? { id: after.noticeId, number: String(after.number ?? ''), dueBy: text(after.dueBy) }
        : null;
    return {
      at: r.at,
      actor: r.displayName ?? r.actorName,
      action: r.action as TimelineKind,
      reason: text(after.reason) ?? text(after.comment),
      deadline: text(after.deadline),
      // 催办's message, 督办单's requirements, 批示's text: what the unit was told.
      message: r.action === 'task.remind' ? text(after.message) : notice ? text(after.requirements) : r.action === 'task.instruction' ? text(after.text) : null,
      // The unit of whoever wrote a 批示, as it was then.
      actorUnit: r.action === 'task.instruction' ? text(after.unit) : null,
      notice,
    };
  });
}
