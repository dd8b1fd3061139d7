/**
 * Calendar dates as 'YYYY-MM-DD' strings, read in the server's calendar zone (Asia/Shanghai).
 *
 * Pure: no clock, no zone, no I/O. The service turns `now` into today's date once (ctx.today()),
 * and everything here is arithmetic on calendar days. Day numbers come from Date.UTC, which has no
 * local offset and no daylight-saving jumps, so adding a day is always exactly one calendar day
 * whatever the process's TZ is.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of a real calendar day written 'YYYY-MM-DD', or null ('2025-02-29' is null). */
export function parseIsoDate(value: string): DateParts | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar day written 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a year, month (1-12) and day that exist. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01. Throws on a malformed date: callers validate user input first. */
export function toDayNumber(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return Date.UTC(p.year, p.month - 1, p.day) / MS_PER_DAY;
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

/** Days from `from` to `to` (negative when `to` is earlier): daysBetween(a, b) === diffDays(b, a). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: IsoDate): number {
  const day = toDayNumber(date);
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export const isWeekend = (date: IsoDate) => isoWeekday(date) >= 6;

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
export const monthOf = (date: IsoDate) => Number(date.slice(5, 7));

export function monthStart(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** The last day of the date's month: 2024-02-10 → 2024-02-29. */
export function monthEnd(date: IsoDate): IsoDate {
  const y = yearOf(date);
  const m = monthOf(date);
  return isoDate(y, m, daysInMonth(y, m));
}

/**
 * The same day `months` later (or earlier), clipped to the month's end: 01-31 + 1 month → 02-28/29,
 * as 年底前, 三个月内 and terms of office are read.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const index = p.year * 12 + (p.month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (((index % 12) + 12) % 12) + 1];
  return isoDate(y, m, Math.min(p.day, daysInMonth(y, m)));
}

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** Quarter 1-4 of the date. */
export const quarterOf = (date: IsoDate) => Math.ceil(monthOf(date) / 3);

/** The quarter holding the date, first to last day. */
export function quarterBounds(date: IsoDate): DateRange {
  const first = (quarterOf(date) - 1) * 3 + 1;
  const y = yearOf(date);
  return { from: isoDate(y, first, 1), to: monthEnd(isoDate(y, first + 2, 1)) };
}

/** The half-year (上半年 / 下半年) holding the date. */
export function halfYearBounds(date: IsoDate): DateRange {
  const y = yearOf(date);
  return monthOf(date) <= 6 ? { from: isoDate(y, 1, 1), to: isoDate(y, 6, 30) } : { from: isoDate(y, 7, 1), to: isoDate(y, 12, 31) };
}

export function yearBounds(date: IsoDate): DateRange {
  const y = yearOf(date);
  return { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31) };
}

/** ISO 8601 week label: the week's Thursday decides its year ('2026-W01' may start in December). */
export function isoWeekKey(date: IsoDate): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = yearOf(thursday);
  const week = 1 + Math.floor(daysBetween(isoDate(year, 1, 1), thursday) / 7);
  return `${year}-W${pad(week)}`;
}

/** 2026-03-01 → 2026年3月1日, the way formal documents (公文) date themselves. */
export function chineseDate(date: IsoDate): string {
  return `${yearOf(date)}年${monthOf(date)}月${Number(date.slice(8, 10))}日`;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
