import type { ContributedFigures, DashboardContribution, Figure, RateFigure } from '../../dashboard/index.ts';
import { PROBLEM_STATUSES, type ProblemStatus } from '../domain/index.ts';
import { problemFiguresRepo, type StatusCount } from '../repo/figures.ts';

/** The problem list's query for these filters: what a figure opens (the web's /problems takes the same). */
export function problemListUrl(f: { unitId?: number; status?: ProblemStatus[]; light?: 'red'[] }): string {
  const q = new URLSearchParams();
  if (f.unitId !== undefined) q.set('unitId', String(f.unitId));
  for (const s of f.status ?? []) q.append('status', s);
  for (const l of f.light ?? []) q.append('light', l);
  const qs = q.toString();
  return qs ? `/api/problems?${qs}` : '/api/problems';
}

// The dashboard's rateOf, repeated so that neither module imports the other at run time.
const rate = (numerator: Figure, denominator: Figure): RateFigure => ({
  rate: denominator.count ? Math.round((numerator.count / denominator.count) * 10000) / 10000 : null,
  numerator,
  denominator,
});

/** 问题总数, 整改率 (rectified / all), 逾期未整改 (red light: past the deadline, not rectified) of one scope. */
function unitFigures(rows: StatusCount[], unitId: number | undefined) {
  const sum = (pick: (r: StatusCount) => number, statuses: readonly ProblemStatus[] = PROBLEM_STATUSES) =>
    rows.filter((r) => statuses.includes(r.status)).reduce((n, r) => n + pick(r), 0);
  const total: Figure = { count: sum((r) => r.total), list: problemListUrl({ unitId }) };
  const rectified: Figure = { count: sum((r) => r.total, ['rectified']), list: problemListUrl({ unitId, status: ['rectified'] }) };
  const unrectified = PROBLEM_STATUSES.filter((s) => s !== 'rectified');
  const overdue: Figure = { count: sum((r) => r.late, unrectified), list: problemListUrl({ unitId, light: ['red'] }) };
  return { total, rectificationRate: rate(rectified, total), overdue };
}

/**
 * The problems module's figures on the dashboard. They are the state as of today (problems carry
 * no period of their own), scoped as the problem list is, so every count equals its list's total.
 */
export const problemsDashboard: DashboardContribution = {
  key: 'problems',
  async figures(ctx, actor, q): Promise<ContributedFigures> {
    const today = ctx.today();
    const [rows, perChild] = await Promise.all([
      problemFiguresRepo.byStatus(ctx.db, actor, q.unitId, today),
      problemFiguresRepo.byStatusPerChild(ctx.db, actor, q.childIds, today),
    ]);
    const byStatus = Object.fromEntries(
      PROBLEM_STATUSES.map((s): [string, Figure] => [
        s,
        { count: rows.find((r) => r.status === s)?.total ?? 0, list: problemListUrl({ unitId: q.unitId, status: [s] }) },
      ]),
    );
    const byUnit = Object.fromEntries(q.childIds.map((id) => [id, unitFigures(perChild.get(id) ?? [], id)]));
    return {
      figures: { ...unitFigures(rows, q.unitId), byStatus },
      byUnit,
      rectificationRate: Object.fromEntries(Object.entries(byUnit).map(([id, f]) => [Number(id), f.rectificationRate])),
    };
  },
};
