import { addDays, daysBetween, isoWeekday, isoWeekKey, monthEnd } from '../../../platform/calendar/index.ts';

/**
 * Periods and the buckets of a trend, on calendar dates ('YYYY-MM-DD', the server's zone).
 * Weeks run Monday to Sunday (the working week), clipped to the period at both ends, so the
 * buckets partition the period exactly and their counts add up to the period's figure.
 */
export type Bucket = 'week' | 'month';

export interface Period {
  from: string;
  to: string;
}

/** The default period: 1 January of today's year to today (年初至今). */
export function defaultPeriod(today: string, p: Partial<Period> = {}): Period {
  return { from: p.from ?? `${today.slice(0, 4)}-01-01`, to: p.to ?? today };
}

/** Weekly buckets up to 13 weeks (a quarter), monthly beyond, unless asked. */
export function defaultBucket(p: Period): Bucket {
  return daysBetween(p.from, p.to) < 13 * 7 ? 'week' : 'month';
}

export interface BucketRange extends Period {
  /** '2026-W27' or '2026-07': the bucket's label. */
  key: string;
}

export function buckets(p: Period, kind: Bucket): BucketRange[] {
  const out: BucketRange[] = [];
  let start = p.from;
  while (start <= p.to) {
    // A week ends on its Sunday, a month on its last day.
    let end = kind === 'week' ? addDays(start, 7 - isoWeekday(start)) : monthEnd(start);
    if (end > p.to) end = p.to;
    out.push({ key: kind === 'week' ? isoWeekKey(start) : start.slice(0, 7), from: start, to: end });
    start = addDays(end, 1);
  }
  return out;
}

/** Sums per-day counts into buckets. */
export function bucketCounts(ranges: BucketRange[], perDay: { day: string; n: number }[]): number[] {
  return ranges.map((r) => perDay.reduce((s, d) => (d.day >= r.from && d.day <= r.to ? s + d.n : s), 0));
}
