import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { invalid } from '../../../platform/errors.ts';
import { dayTotals, listUrl, type TaskFilter } from '../../ledger/index.ts';
import { rateOf, type Figure } from '../domain/figures.ts';
import { bucketCounts, buckets, defaultBucket, defaultPeriod, type Bucket, type Period } from '../domain/periods.ts';
import { dashboardRepo } from '../repo.ts';

/** The asked period (default 年初至今) checked: from ≤ to, at most ten years. */
export function checkedPeriod(today: string, q: { from?: string; to?: string }): Period {
  const p = defaultPeriod(today, q);
  if (p.from > p.to) throw invalid('dashboard.bad_period', { from: p.from, to: p.to });
  if (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) > 10) throw invalid('dashboard.bad_period', { from: p.from, to: p.to });
  return p;
}

export const signedOffIn = (base: TaskFilter, p: Period): TaskFilter => ({ ...base, status: ['signedOff'], signedOffFrom: p.from, signedOffTo: p.to });
export const dispatchedIn = (base: TaskFilter, p: Period): TaskFilter => ({ ...base, dispatchedFrom: p.from, dispatchedTo: p.to });

/**
 * What happened within the period: tasks signed off (销号) and dispatched (下达) in it, the
 * on-time rate of those signed off (on or before their deadline as it stands, extensions
 * included; a task with no deadline counts as on time), and both per week or month.
 */
export async function periodFigures(
  ctx: AppContext,
  actor: Actor,
  base: TaskFilter,
  period: Period,
  bucket: Bucket | undefined,
  today: string,
  useCounters = false,
) {
  const kind = bucket ?? defaultBucket(period);
  const signedF = signedOffIn(base, period);
  const dispF = dispatchedIn(base, period);
  const sum = (xs: { n: number }[]) => xs.reduce((s, x) => s + x.n, 0);
  // For a whole subtree the actor sees, the ledger's day counters answer without scanning tasks.
  const unit = base.unitId;
  const [signedDays, dispDays, onTimeCount] =
    useCounters && unit !== undefined && Object.keys(base).length === 1
      ? await Promise.all([
          dayTotals(ctx.db, unit, 'signedOff', period.from, period.to),
          dayTotals(ctx.db, unit, 'dispatched', period.from, period.to),
          dayTotals(ctx.db, unit, 'signedOffOnTime', period.from, period.to).then(sum),
        ])
      : await Promise.all([
          dashboardRepo.perDay(ctx.db, actor, signedF, 'signed_off_on', today),
          dashboardRepo.perDay(ctx.db, actor, dispF, 'dispatched_on', today),
          dashboardRepo.count(ctx.db, actor, { ...signedF, onTime: true }, today),
        ]);
  const signedOff: Figure = { count: sum(signedDays), list: listUrl(signedF) };
  const ranges = buckets(period, kind);
  const signedCounts = bucketCounts(ranges, signedDays);
  const dispCounts = bucketCounts(ranges, dispDays);
  return {
    ...period,
    bucket: kind,
    signedOff,
    dispatched: { count: sum(dispDays), list: listUrl(dispF) } as Figure,
    onTimeRate: rateOf({ count: onTimeCount, list: listUrl({ ...signedF, onTime: true }) }, signedOff),
    trends: ranges.map((r, i) => ({
      key: r.key,
      from: r.from,
      to: r.to,
      signedOff: { count: signedCounts[i], list: listUrl(signedOffIn(base, r)) } as Figure,
      dispatched: { count: dispCounts[i], list: listUrl(dispatchedIn(base, r)) } as Figure,
    })),
  };
}
