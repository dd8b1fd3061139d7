import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { lightOf, listUrl, type TaskFilter } from '../../ledger/index.ts';
import { groupTasks, milestoneLate, type BattleTask } from '../domain/battle-map.ts';
import { dashboardRepo } from '../repo.ts';
import { checkedPeriod } from './period.ts';
import { ACTIVE_STATUSES, baseFilter, childUnits, dashboardScope } from './scope.ts';

export const BATTLE_MAP_LIMIT = 2000;

/**
 * 挂图作战: the scope's active tasks due within the period (deadlineFrom/To), each a bar from
 * dispatch to deadline with its milestones and light, grouped by the child unit they sit under
 * (tasks of the scope unit itself form their own group) or by source.
 */
export async function battleMap(ctx: AppContext, actor: Actor, q: { unitId?: number; from?: string; to?: string; groupBy?: 'unit' | 'source' }) {
  const today = ctx.today();
  const scope = await dashboardScope(ctx, actor, q.unitId);
  const period = checkedPeriod(today, q);
  const groupBy = q.groupBy ?? 'unit';
  const f: TaskFilter = { ...baseFilter(scope), status: ACTIVE_STATUSES, deadlineFrom: period.from, deadlineTo: period.to };
  const [rows, total] = await Promise.all([dashboardRepo.battleRows(ctx.db, actor, f, today, BATTLE_MAP_LIMIT), dashboardRepo.count(ctx.db, actor, f, today)]);
  const children = await childUnits(ctx, scope);
  let names: Map<number, string>;
  let order: number[];
  let groupOf: (r: (typeof rows)[number]) => number | null;
  if (groupBy === 'unit') {
    const under = await dashboardRepo.childOf(
      ctx.db,
      children.map((c) => c.id),
      [...new Set(rows.map((r) => r.lead_unit_id).filter((x): x is number => x !== null))],
    );
    names = new Map(children.map((c) => [c.id, c.name]));
    if (scope.unitId !== undefined) names.set(scope.unitId, scope.name);
    order = [...children.map((c) => c.id), ...(scope.unitId !== undefined ? [scope.unitId] : [])];
    groupOf = (r) => (r.lead_unit_id === null ? null : (under.get(r.lead_unit_id) ?? scope.unitId ?? null));
  } else {
    const sources = await dashboardRepo.sourceTitles(ctx.db, [...new Set(rows.map((r) => r.source_id).filter((x): x is number => x !== null))]);
    names = new Map(sources.map((s) => [s.id, s.title]));
    order = sources.map((s) => s.id);
    groupOf = (r) => r.source_id;
  }
  const tasks: BattleTask[] = rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    status: r.status,
    light: lightOf(r, today),
    start: r.dispatched_on,
    deadline: r.deadline,
    signedOffOn: r.signed_off_on,
    milestones: (JSON.parse(r.milestones || '[]') as { title?: string; due: string; doneOn?: string | null }[]).map((m) => ({
      title: m.title,
      due: m.due,
      doneOn: m.doneOn ?? null,
      late: milestoneLate({ due: m.due, doneOn: m.doneOn ?? null }, today),
    })),
    groupId: groupOf(r),
  }));
  return {
    asOf: today,
    scope: { unitId: scope.unitId ?? null, name: scope.name },
    period,
    groupBy,
    total: { count: total, list: listUrl(f) },
    truncated: total > rows.length,
    groups: groupTasks(tasks, names, order, groupBy === 'unit' ? '未分配单位' : '未关联来源'),
  };
}
