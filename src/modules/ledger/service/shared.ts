import type { AppContext } from '../../../platform/context.ts';
import type { DomainEvent } from '../../../platform/events/index.ts';
import { taskRepo } from '../repo/tasks.ts';

/** An after-commit event naming the task's units, so live views update only for those who may see it. */
export async function taskEvent(ctx: AppContext, type: string, id: number, data?: Record<string, unknown>): Promise<DomainEvent> {
  const row = await taskRepo.get(ctx.db, id);
  const supporting = (await taskRepo.supporting(ctx.db, [id])).get(id) ?? [];
  return {
    type,
    entity: 'task',
    entityId: id,
    unitIds: [row?.lead_unit_id, ...supporting].filter((x): x is number => typeof x === 'number'),
    // A draft is seen by the ledger's managers only (seesDrafts): its events too (issue #10, finding 8).
    ...(row?.status === 'draft' ? { permission: 'ledger.manage' } : {}),
    at: ctx.clock.now().toISOString(),
    data,
  };
}
