import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { LIGHTFUL_STATUSES, listUrl, sourceTotals, taskService, type TaskFilter } from '../../ledger/index.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { dashboardQuery } from '../schema.ts';
import { contributedFigures } from '../contributions.ts';
import { dashboardRepo } from '../repo.ts';
import { stateFigures } from './figures.ts';
import { checkedPeriod, periodFigures } from './period.ts';
import { ACTIVE_STATUSES, baseFilter, childStatusRows, childUnits, dashboardScope, statusRows } from './scope.ts';

/** The overview's query (schema.ts); `top`: how many overdue and lagging items to list (default 10). */
export type DashboardQuery = FromSchema<typeof dashboardQuery>;

/**
 * The leaders' one screen. State figures (status, light, completion, overdue, lagging, by unit,
 * by source) are as of today; `period` holds what happened within from–to (sign-offs, dispatches,
 * on-time rate, trends). Every count is `{ count, list }`, list being the exact /api/tasks query.
 */
export async function dashboardOverview(ctx: AppContext, actor: Actor, q: DashboardQuery) {
  const today = ctx.today();
  const scope = await dashboardScope(ctx, actor, q.unitId);
  const period = checkedPeriod(today, q);
  const base = baseFilter(scope);
  const state = stateFigures(await statusRows(ctx, actor, scope, today), base);
  const top = q.top ?? 10;
  // The ledger's own list (with its plan for light filters): the items are the first of the linked list.
  const items = async (f: TaskFilter) => (top > 0 ? (await taskService.list(ctx, actor, f, { page: 1, pageSize: top })).items : []);
  const children = await childUnits(ctx, scope);
  const childRows = await childStatusRows(
    ctx,
    actor,
    scope,
    children.map((c) => c.id),
    today,
  );
  const [overdueItems, laggingItems, sources, periodPart, contributions] = await Promise.all([
    items({ ...base, light: ['red'] }),
    items({ ...base, light: ['yellow'] }),
    // The counters answer for a whole subtree the actor sees; otherwise count the tasks.
    scope.rollups && scope.unitId !== undefined
      ? sourceTotals(ctx.db, scope.unitId, ACTIVE_STATUSES, LIGHTFUL_STATUSES, today)
      : dashboardRepo.bySource(ctx.db, actor, base, ACTIVE_STATUSES, today),
    periodFigures(ctx, actor, base, period, q.bucket, today, scope.rollups),
    contributedFigures(ctx, actor, { unitId: scope.unitId, childIds: children.map((c) => c.id), period }),
  ]);
  return {
    asOf: today,
    scope: { unitId: scope.unitId ?? null, name: scope.name },
    ...state,
    overdue: { ...state.overdue, items: overdueItems },
    lagging: { ...state.lagging, items: laggingItems },
    bySource: sources.map((s) => {
      const f: TaskFilter = { ...base, sourceId: s.id };
      return {
        source: { id: s.id, title: s.title, kind: s.kind },
        active: { count: s.total, list: listUrl({ ...f, status: ACTIVE_STATUSES }) },
        signedOff: { count: s.signedOff, list: listUrl({ ...f, status: ['signedOff'] }) },
        overdue: { count: s.red, list: listUrl({ ...f, light: ['red'] }) },
      };
    }),
    byUnit: children.map((c) => {
      const f = stateFigures(childRows.get(c.id) ?? [], { unitId: c.id });
      const extra = Object.fromEntries(Object.entries(contributions).flatMap(([k, v]) => (v.byUnit?.[c.id] ? [[k, v.byUnit[c.id]]] : [])));
      return {
        unit: c,
        active: f.active,
        signedOff: f.signedOff,
        completionRate: f.completionRate,
        overdue: f.overdue,
        lagging: f.lagging,
        byLight: f.byLight,
        contributions: extra,
      };
    }),
    period: periodPart,
    contributions: Object.fromEntries(Object.entries(contributions).map(([k, v]) => [k, v.figures])),
  };
}

export type DashboardOverview = Awaited<ReturnType<typeof dashboardOverview>>;
