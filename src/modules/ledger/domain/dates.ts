/**
 * Calendar dates as 'YYYY-MM-DD' strings, read in the server's calendar zone (Asia/Shanghai).
 *
 * The domain never sees a clock or an instant: the service turns `now` into today's date in the
 * calendar zone once, and everything here is arithmetic on calendar days. Day numbers come from
 * Date.UTC, which has no local offset and no daylight-saving jumps, so adding a day is always
 * exactly one calendar day whatever the process's TZ is.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function parts(value: string): [number, number, number] | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return [y, mo, d];
}

/** True for a real calendar day written 'YYYY-MM-DD' ('2025-02-29' is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parts(value) !== null;
}

/** Days since 1970-01-01. Throws on a malformed date: callers validate user input first. */
export function toDayNumber(date: IsoDate): number {
  const p = parts(date);
  if (!p) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return Date.UTC(p[0], p[1] - 1, p[2]) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `a - b` in days: diffDays('2025-03-01', '2025-02-28') === 1. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: IsoDate): number {
  const day = toDayNumber(date);
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
