import type { AppContext } from '../../../platform/context.ts';
import { requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { ledgerActor, partiesOf, taskService } from '../../ledger/index.ts';
import type { TaskParties } from './recipients.ts';

export type LedgerTaskView = Awaited<ReturnType<typeof taskService.get>>;

export const partiesOfView = (task: LedgerTaskView): TaskParties => ({
  leadUnitId: task.leadUnit!.id,
  supportingUnitIds: task.supportingUnits.map((u) => u.id),
  liaisonId: task.liaison?.id ?? null,
});

/**
 * A task the actor may press (催办, 督办): visible to them (else 404), its lead unit covered by one of
 * their supervisor grants (the ledger's own 'supervisor' party, else 403), and still in progress
 * (else 409). Read before the caller's transaction opens.
 */
export async function supervisedTask(ctx: AppContext, actor: Actor, id: number): Promise<LedgerTaskView> {
  requirePermission(actor, 'supervision.manage');
  const task = await taskService.get(ctx, actor, id);
  if (task.leadUnit !== null) {
    const la = await ledgerActor(ctx.db, actor, [task.leadUnit.id]);
    if (!partiesOf(la, { leadUnitId: String(task.leadUnit.id), supportingUnitIds: [] }).has('supervisor')) {
      throw new AppError('supervision.not_supervisor', 'forbidden', { unit: task.leadUnit.name });
    }
  }
  if (task.light === null || task.leadUnit === null) throw new AppError('supervision.task_not_open', 'conflict');
  return task;
}

/** After commit: the task changed for those who may see its units (live views, dashboards). */
export function publishTaskEvent(
  ctx: AppContext,
  type: string,
  task: { id: number; leadUnitId: number | null; supportingUnitIds?: number[] },
  data?: Record<string, unknown>,
) {
  ctx.events.publish({
    type,
    entity: 'task',
    entityId: task.id,
    unitIds: [task.leadUnitId, ...(task.supportingUnitIds ?? [])].filter((x): x is number => typeof x === 'number'),
    at: ctx.clock.now().toISOString(),
    data,
  });
}
