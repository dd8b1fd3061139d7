import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/access/index.ts';
import type { ToDoContribution, ToDoItem } from '../../../platform/module.ts';
import { taskRepo, type TaskFilter } from '../repo/tasks.ts';
import { INSTRUCTION_WRITE } from './instructions.ts';
import { listUrl, WORKING } from './views.ts';

/** The ledger page showing exactly the tasks a filter selects (the web reads the list's query string). */
export const ledgerPath = (f: TaskFilter) => listUrl(f).replace(/^\/api\/tasks/, '/ledger');

type Line = { key: string; filter: TaskFilter; severity?: ToDoItem['severity']; note?: boolean };

/** The units a liaison reports for: with one, its queues are that unit's lead work, as 我的工作 counts it. */
function liaisonFilter(actor: Actor): TaskFilter {
  const units = [...new Set(actor.grants.filter((g) => g.roleCode === 'liaison').map((g) => g.unitId))];
  return units.length === 1 ? { unitId: units[0] } : {};
}

function linesOf(actor: Actor): Line[] {
  const p = actor.permissions;
  const lines: Line[] = [];
  if (p.has('ledger.manage')) {
    lines.push(
      { key: 'ledger.toReview', filter: { pendingReview: true }, severity: 'warning' },
      { key: 'ledger.signOffRequests', filter: { status: ['signOffRequested'] }, severity: 'warning' },
      { key: 'ledger.extensionRequests', filter: { status: ['extensionRequested'] }, severity: 'warning' },
      { key: 'ledger.red', filter: { light: ['red'] }, severity: 'danger' },
    );
  }
  if (p.has('ledger.report')) {
    const unit = liaisonFilter(actor);
    lines.push(
      { key: 'ledger.toAcknowledge', filter: { ...unit, status: ['dispatched'] }, severity: 'warning' },
      { key: 'ledger.reportsDue', filter: { ...unit, status: WORKING, light: ['yellow', 'red'] }, severity: 'danger' },
      { key: 'ledger.returned', filter: { ...unit, status: ['returned'] }, severity: 'warning', note: true },
    );
  }
  // A leader reads and comments: the red and yellow items of its scope, and first what awaits its
  // comment — the red ones it has written no 批示 on yet (a 批示 takes the task off that line).
  if (p.has('ledger.read') && !p.has('ledger.manage') && !p.has('ledger.report')) {
    if (p.has(INSTRUCTION_WRITE)) lines.push({ key: 'ledger.awaitingComment', filter: { light: ['red'], uninstructed: true }, severity: 'danger' });
    lines.push(
      { key: 'ledger.red', filter: { light: ['red'] }, severity: 'danger' },
      { key: 'ledger.yellow', filter: { light: ['yellow'] }, severity: 'warning' },
    );
  }
  return lines;
}

export const ledgerToDo: ToDoContribution = {
  keys: [
    'ledger.toReview',
    'ledger.signOffRequests',
    'ledger.extensionRequests',
    'ledger.red',
    'ledger.yellow',
    'ledger.awaitingComment',
    'ledger.toAcknowledge',
    'ledger.reportsDue',
    'ledger.returned',
  ],
  async items(ctx: AppContext, actor: Actor) {
    const today = ctx.today();
    const out: ToDoItem[] = [];
    for (const l of linesOf(actor)) {
      // The count is the list's own filter, so the number and the list it opens agree.
      const count = await taskRepo.count(ctx.db, actor, l.filter, today);
      const latest = l.note && count ? await taskRepo.latestReturnReason(ctx.db, actor, l.filter, today) : null;
      out.push({ key: l.key, count, link: ledgerPath(l.filter), severity: l.severity, note: latest ? `${latest.title} — ${latest.reason}` : null });
    }
    return out;
  },
};
