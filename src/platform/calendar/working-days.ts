import { addDays, isWeekend, yearOf, type IsoDate } from './dates.ts';

/**
 * Working days under China's State Council schedule (国务院办公厅 节假日安排): Monday to Friday,
 * except the public holidays (放假), plus the weekend days declared working days to make up for
 * them (调休上班). The schedule is data, loaded per year by the secAdmin; a year without one
 * counts Monday to Friday and says so through `years`, so a caller can warn rather than guess.
 */
export type DayKind = 'holiday' | 'workday';
export const DAY_KINDS: readonly DayKind[] = ['holiday', 'workday'];

/** One line of a year's schedule: a public holiday, or a weekend day worked (调休). */
export interface CalendarDay {
  date: IsoDate;
  kind: DayKind;
  /** The festival it belongs to (春节, 国庆节); may be empty. */
  name: string;
}

export interface Calendar {
  /** The years whose schedule is loaded, ascending. */
  readonly years: readonly number[];
  /** Whether the date's year has a loaded schedule (otherwise only weekends rest). */
  covers(date: IsoDate): boolean;
  /** The schedule's entry for a date, if any. */
  entry(date: IsoDate): CalendarDay | undefined;
  isWorkingDay(date: IsoDate): boolean;
  /**
   * The `n`th working day after `date` (before it when n < 0); the start day itself is not
   * counted, as periods "within n working days of receipt" are read. n = 0 gives `date`.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /**
   * The working days crossed going from `from` to `to`, counting the arrival day and not the
   * start: those in (from, to], or minus those in [to, from) when `to` is earlier. So
   * workingDaysBetween(d, addWorkingDays(d, n)) === n for every n.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** `date` if it is a working day, else the next one (a deadline falling on a holiday moves on). */
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate;
}

/** A calendar over a schedule; `years` lists the years loaded (by default those the days fall in). */
export function makeCalendar(days: readonly CalendarDay[], years?: readonly number[]): Calendar {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const loaded = [...new Set(years ?? days.map((d) => yearOf(d.date)))].sort((a, b) => a - b);
  const loadedSet = new Set(loaded);
  const isWorkingDay = (date: IsoDate) => {
    const e = byDate.get(date);
    if (e) return e.kind === 'workday';
    return !isWeekend(date);
  };
  const step = (date: IsoDate, n: number) => {
    const dir = n < 0 ? -1 : 1;
    let left = Math.abs(n);
    let d = date;
    while (left > 0) {
      d = addDays(d, dir);
      if (isWorkingDay(d)) left--;
    }
    return d;
  };
  /** Working days d with first <= d < end. */
  const count = (first: IsoDate, end: IsoDate) => {
    let n = 0;
    for (let d = first; d < end; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
    return n;
  };
  return {
    years: loaded,
    covers: (date) => loadedSet.has(yearOf(date)),
    entry: (date) => byDate.get(date),
    isWorkingDay,
    addWorkingDays: (date, n) => {
      if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
      return step(date, n);
    },
    workingDaysBetween: (from, to) => (to >= from ? count(addDays(from, 1), addDays(to, 1)) : -count(to, from)),
    nextWorkingDayOnOrAfter: (date) => (isWorkingDay(date) ? date : step(date, 1)),
  };
}

/** Monday to Friday, no schedule: what a calendar is before any year is loaded. */
export const weekdaysOnly: Calendar = makeCalendar([]);
