import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/access/index.ts';
import type { ToDoContribution, ToDoItem } from '../../../platform/module.ts';
import { ledgerPath } from '../../ledger/index.ts';
import { lookBackRepo } from '../repo/look-backs.ts';
import { noticeRepo } from '../repo/notices.ts';

/**
 * 督办's lines of the to-do home page: 回头看 checks to decide (supervisor); 督办单 received and the
 * unit's tasks under 回头看, with the earliest answer deadline (liaison).
 */
export const supervisionToDo: ToDoContribution = {
  keys: ['supervision.lookBacksDue', 'supervision.noticesReceived', 'supervision.lookBacksToAnswer'],
  async items(ctx: AppContext, actor: Actor) {
    const today = ctx.today();
    const out: ToDoItem[] = [];
    if (actor.permissions.has('supervision.manage')) {
      out.push({ key: 'supervision.lookBacksDue', count: await lookBackRepo.pendingChecks(ctx.db, actor, today), link: '/look-backs', severity: 'warning' });
    }
    if (actor.permissions.has('ledger.report')) {
      const units = [...new Set(actor.grants.filter((g) => g.roleCode === 'liaison').map((g) => g.unitId))];
      const ids = await noticeRepo.openTasksNoticed(ctx.db, actor, units, today);
      // The ledger lists exactly these tasks (ids=0 when none: an empty list, as the count says).
      out.push({ key: 'supervision.noticesReceived', count: ids.length, link: ledgerPath({ ids: ids.length ? ids : [0] }), severity: 'danger' });
      const checked = await lookBackRepo.undecidedForUnits(ctx.db, actor, units, today);
      out.push({
        key: 'supervision.lookBacksToAnswer',
        count: checked.taskIds.length,
        link: ledgerPath({ ids: checked.taskIds.length ? checked.taskIds : [0] }),
        severity: 'warning',
        // The note is a date (YYYY-MM-DD): the web says it as "answer by …".
        note: checked.dueOn,
      });
    }
    return out;
  },
};
