import type { AppContext } from '../../../platform/context.ts';
import { requirePermission, type Actor } from '../../../platform/access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { taskRepo } from '../repo/tasks.ts';

/** Who did what to a task, and when: read from the audit log, which every step writes anyway. */
export async function taskTimeline(ctx: AppContext, actor: Actor, taskId: number) {
  requirePermission(actor, 'ledger.read');
  if (!(await taskRepo.getScoped(ctx.db, actor, taskId, ctx.today()))) throw notFound();
  const rows = await ctx.db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_name as actorName', 'action', 'after'])
    .where('entity', '=', 'task')
    .where('entity_id', '=', String(taskId))
    .orderBy('id')
    .execute();
  const users = await ctx.db
    .selectFrom('users')
    .select(['username', 'display_name'])
    .where('username', 'in', [...new Set(rows.map((r) => r.actorName ?? ''))])
    .execute();
  const display = new Map(users.map((u) => [u.username, u.display_name]));
  return rows.map((r) => {
    const after = r.after ? (JSON.parse(r.after) as Record<string, unknown>) : {};
    return {
      at: r.at,
      actor: display.get(r.actorName ?? '') ?? r.actorName,
      action: r.action,
      reason: typeof after.reason === 'string' ? after.reason : typeof after.comment === 'string' ? after.comment : null,
      deadline: typeof after.deadline === 'string' ? after.deadline : null,
    };
  });
}
