import type { AppContext } from '../../../platform/context.ts';
import { requirePermission, resolveScope, type Actor } from '../../../platform/access/index.ts';
import { LIGHTFUL_STATUSES, seesDrafts, taskRepo, type TaskFilter } from '../repo/tasks.ts';
import { rollupTotals } from '../repo/rollups.ts';
import { presentTasks } from './present.ts';

/** The list endpoint with the filters that produce exactly the rows a figure counts. */
export function listUrl(f: TaskFilter): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) p.append(k, String(x));
    else p.set(k, String(v));
  }
  const s = p.toString();
  return `/api/tasks${s ? `?${s}` : ''}`;
}

export interface Figure {
  count: number;
  list: string;
}

export const WORKING = ['acknowledged', 'inProgress', 'reopened', 'returned', 'extensionRequested'];

export const viewService = {
  /** 我的工作: what a liaison must do now. Each block counts the list it links to. */
  async myWork(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'ledger.read');
    const units = [...new Set(actor.grants.filter((g) => g.roleCode === 'liaison').map((g) => g.unitId))];
    const today = ctx.today();
    const block = async (base: TaskFilter) => {
      const filters = units.length ? units.map((unitId) => ({ ...base, unitId })) : [base];
      let count = 0;
      const items = [];
      for (const f of filters) {
        count += await taskRepo.count(ctx.db, actor, f, today);
        items.push(...(await presentTasks(ctx.db, await taskRepo.page(ctx.db, actor, f, { page: 1, pageSize: 10 }, today), today)));
      }
      return { count, list: listUrl(filters[0]), items: items.slice(0, 10) };
    };
    return {
      toAcknowledge: await block({ status: ['dispatched'] }),
      reportsDue: await block({ status: WORKING, light: ['yellow', 'red'] }),
      inProgress: await block({ status: WORKING }),
      returned: await block({ status: ['returned'] }),
    };
  },

  /**
   * Counts by status and by light of the tasks the list's filters select (every filter the list
   * follows, so the cards and the list agree), each with the list it opens. A unit alone, read
   * city-wide, is summed from the roll-up counters.
   */
  async summary(ctx: AppContext, actor: Actor, query: TaskFilter & { page?: number; pageSize?: number }) {
    requirePermission(actor, 'ledger.read');
    const today = ctx.today();
    const { page: _page, pageSize: _size, sort: _sort, ...filter } = query;
    const base = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as TaskFilter;
    let rows: { status: string; total: number; red: number; yellow: number }[];
    const onlyUnit = Object.keys(base).every((k) => k === 'unitId' || (k === 'involvement' && base.involvement === 'lead'));
    if (onlyUnit && resolveScope(actor, 'ledger.read').all && base.unitId !== undefined) {
      rows = await rollupTotals(ctx.db, { unit: base.unitId, part: 'lead', hideDrafts: !seesDrafts(actor) }, today);
    } else {
      rows = await taskRepo.statusTotals(ctx.db, actor, base, today);
    }
    const byStatus: Record<string, Figure> = {};
    for (const r of rows) byStatus[r.status] = { count: r.total, list: listUrl({ ...base, status: [r.status] }) };
    const lightful = rows.filter((r) => LIGHTFUL_STATUSES.includes(r.status));
    const sum = (fn: (r: (typeof rows)[number]) => number) => lightful.reduce((n, r) => n + fn(r), 0);
    const light = (l: 'red' | 'yellow' | 'green', n: number): Figure => ({ count: n, list: listUrl({ ...base, light: [l] }) });
    return {
      total: { count: rows.reduce((n, r) => n + r.total, 0), list: listUrl(base) },
      byStatus,
      byLight: {
        red: light(
          'red',
          sum((r) => r.red),
        ),
        yellow: light(
          'yellow',
          sum((r) => r.yellow),
        ),
        green: light(
          'green',
          sum((r) => r.total - r.red - r.yellow),
        ),
      },
    };
  },
};
