import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { dashboardOverview, percent, rankingService } from '../../dashboard/index.ts';
import { presentTasks, taskRepo } from '../../ledger/index.ts';
import type { BriefingFigures } from '../domain/compose.ts';

const COMMENDED = 3;
const OVERDUE_SHOWN = 5;

/** The figures a briefing states, from the dashboard and the rankings of the same scope and period. */
export async function briefingFigures(ctx: AppContext, actor: Actor, q: { unitId?: number; from: string; to: string }): Promise<BriefingFigures & { unitId: number | null }> {
  const d = await dashboardOverview(ctx, actor, { ...q, top: 0 });
  const r = await rankingService.rankings(ctx, actor, q);
  const today = ctx.today();
  const overdueUnits = [];
  for (const u of d.byUnit.filter((x) => x.overdue.count > 0)) {
    const rows = await taskRepo.page(ctx.db, actor, { unitId: u.unit.id, light: ['red'] }, { page: 1, pageSize: OVERDUE_SHOWN }, today);
    const items = await presentTasks(ctx.db, rows, today);
    overdueUnits.push({ unit: u.unit.name, count: u.overdue.count, tasks: items.map((t) => ({ number: t.number, title: t.title, deadline: t.deadline })) });
  }
  return {
    unitId: d.scope.unitId,
    scopeName: d.scope.name,
    from: d.period.from,
    to: d.period.to,
    asOf: d.asOf,
    active: d.active.count,
    signedOff: d.signedOff.count,
    completionRate: percent(d.completionRate.rate),
    signedOffInPeriod: d.period.signedOff.count,
    dispatchedInPeriod: d.period.dispatched.count,
    onTimeRate: percent(d.period.onTimeRate.rate),
    overdue: d.overdue.count,
    lagging: d.lagging.count,
    rows: d.byUnit.map((u) => ({ unit: u.unit.name, total: u.active.count, signedOff: u.signedOff.count, rate: percent(u.completionRate.rate), overdue: u.overdue.count })),
    // Praise is for delivery: top of the ranking AND something signed off AND nothing overdue.
    // (The score also rewards "no overdue work", which alone would praise units that did nothing.)
    commended: r.items
      .filter((i) => i.rank !== null && i.rank <= COMMENDED && i.completionRate.denominator.count > 0)
      .filter((i) => i.completionRate.numerator.count > 0 && i.overdue.count === 0)
      .map((i) => i.unit.name),
    overdueUnits,
  };
}
