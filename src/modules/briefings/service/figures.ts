import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { readSetting } from '../../../platform/settings.ts';
import { dashboardOverview, percent, rankingService } from '../../dashboard/index.ts';
import { presentTasks, taskRepo } from '../../ledger/index.ts';
import { DEFAULT_PRAISE_RULE, type BriefingFigures, type PraiseRule, type UnitRow } from '../domain/compose.ts';

const OVERDUE_SHOWN = 5;
export const PRAISE_RULE_KEY = 'briefings.praiseRule';

/**
 * The scope's own work: what its figures count beyond its children's rows (tasks led by the scope
 * unit itself). Without it a district's table misses the district's own tasks and does not add up.
 */
export function ownRow(name: string, scope: { active: number; signedOff: number; overdue: number }, children: UnitRow[]): UnitRow {
  const rest = (k: 'total' | 'signedOff' | 'overdue') => children.reduce((n, r) => n + r[k], 0);
  const total = scope.active - rest('total');
  const signedOff = scope.signedOff - rest('signedOff');
  const completion = total ? signedOff / total : null;
  return {
    unit: `${name}（本级）`,
    total,
    signedOff,
    overdue: scope.overdue - rest('overdue'),
    rate: percent(completion),
    completion,
    onTime: null,
    own: true,
  };
}

/** The figures a briefing states, from the dashboard and the rankings of the same scope and period. */
export async function briefingFigures(
  ctx: AppContext,
  actor: Actor,
  q: { unitId?: number; from: string; to: string },
): Promise<BriefingFigures & { unitId: number | null }> {
  const d = await dashboardOverview(ctx, actor, { ...q, top: 0 });
  const r = await rankingService.rankings(ctx, actor, q);
  const rule = await readSetting<PraiseRule>(ctx.db, PRAISE_RULE_KEY, DEFAULT_PRAISE_RULE);
  const today = ctx.today();
  const overdueUnits = [];
  for (const u of d.byUnit.filter((x) => x.overdue.count > 0)) {
    const rows = await taskRepo.page(ctx.db, actor, { unitId: u.unit.id, light: ['red'] }, { page: 1, pageSize: OVERDUE_SHOWN }, today);
    const items = await presentTasks(ctx.db, rows, today);
    overdueUnits.push({ unit: u.unit.name, count: u.overdue.count, tasks: items.map((t) => ({ number: t.number, title: t.title, deadline: t.deadline })) });
  }
  const onTime = new Map(r.items.map((i) => [i.unit.id, i.onTimeRate.rate]));
  const children: UnitRow[] = d.byUnit.map((u) => ({
    unit: u.unit.name,
    total: u.active.count,
    signedOff: u.signedOff.count,
    rate: percent(u.completionRate.rate),
    overdue: u.overdue.count,
    completion: u.completionRate.rate,
    onTime: onTime.get(u.unit.id) ?? null,
  }));
  const scope = { active: d.active.count, signedOff: d.signedOff.count, overdue: d.overdue.count };
  const rows = d.scope.unitId === null ? children : [ownRow(d.scope.name, scope, children), ...children];
  return {
    unitId: d.scope.unitId,
    scopeName: d.scope.name,
    from: d.period.from,
    to: d.period.to,
    asOf: d.asOf,
    active: d.active.count,
    signedOff: d.signedOff.count,
    completionRate: percent(d.completionRate.rate),
    completion: d.completionRate.rate,
    signedOffInPeriod: d.period.signedOff.count,
    dispatchedInPeriod: d.period.dispatched.count,
    onTimeRate: percent(d.period.onTimeRate.rate),
    onTime: d.period.onTimeRate.rate,
    overdue: d.overdue.count,
    lagging: d.lagging.count,
    rule,
    rows,
    commended: [], // by the rule, in composeBriefing (it knows the issuer, who is never praised)
    overdueUnits,
  };
}
