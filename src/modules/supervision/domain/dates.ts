/** Calendar-day arithmetic on 'YYYY-MM-DD' strings (UTC day numbers: no zone, no DST). */
const MS_PER_DAY = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `a - b` in days. */
export function diffDays(a: string, b: string): number {
  return dayNumber(a) - dayNumber(b);
}

/** 2026-03-01 → 2026年3月1日, the way formal documents date themselves. */
export function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
