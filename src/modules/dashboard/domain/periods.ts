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

const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(d: string, n: number): string {
  const x = toDate(d);
  x.setUTCDate(x.getUTCDate() + n);
  return iso(x);
}

/** The default period: 1 January of today's year to today (年初至今). */
export function defaultPeriod(today: string, p: Partial<Period> = {}): Period {
  return { from: p.from ?? `${today.slice(0, 4)}-01-01`, to: p.to ?? today };
}

/** Weekly buckets up to 13 weeks (a quarter), monthly beyond, unless asked. */
export function defaultBucket(p: Period): Bucket {
  return (toDate(p.to).getTime() - toDate(p.from).getTime()) / 86_400_000 < 13 * 7 ? 'week' : 'month';
}

export interface BucketRange extends Period {
  /** '2026-W27' or '2026-07': the bucket's label. */
  key: string;
}

function isoWeekKey(d: string): string {
  const x = toDate(d);
  const day = (x.getUTCDay() + 6) % 7; // Monday 0
  x.setUTCDate(x.getUTCDate() - day + 3); // the week's Thursday decides its year
  const year = x.getUTCFullYear();
  const week = 1 + Math.floor((x.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function buckets(p: Period, kind: Bucket): BucketRange[] {
  const out: BucketRange[] = [];
  let start = p.from;
  while (start <= p.to) {
    let end: string;
    if (kind === 'week') {
      const day = (toDate(start).getUTCDay() + 6) % 7;
      end = addDays(start, 6 - day);
    } else {
      const x = toDate(start);
      end = iso(new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 1, 0)));
    }
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
