import type { DbOrTx } from '../db/types.ts';
import { yearOf, type IsoDate } from './dates.ts';
import { makeCalendar, type Calendar, type CalendarDay } from './working-days.ts';

/**
 * The stored schedule (calendar_days): the only SQL of the calendar. Services get a pure
 * Calendar for the dates they count over through `ctx.calendar(from, to)` (context.ts), which
 * reads the years in between once; the domain then counts without I/O.
 */
export const calendarStore = {
  async days(db: DbOrTx, fromYear: number, toYear: number): Promise<CalendarDay[]> {
    const rows = await db
      .selectFrom('calendar_days')
      .select(['day', 'kind', 'name'])
      .where('year', '>=', fromYear)
      .where('year', '<=', toYear)
      .orderBy('day')
      .execute();
    return rows.map((r) => ({ date: r.day, kind: r.kind, name: r.name }));
  },

  /** Each loaded year with its counts of holidays and make-up working days. */
  async years(db: DbOrTx): Promise<{ year: number; holidays: number; workdays: number }[]> {
    const rows = await db
      .selectFrom('calendar_days')
      .select((eb) => ['year', 'kind', eb.fn.countAll<number | string>().as('n')])
      .groupBy(['year', 'kind'])
      .orderBy('year')
      .execute();
    const out = new Map<number, { year: number; holidays: number; workdays: number }>();
    for (const r of rows) {
      const y = out.get(Number(r.year)) ?? { year: Number(r.year), holidays: 0, workdays: 0 };
      if (r.kind === 'holiday') y.holidays = Number(r.n);
      else y.workdays = Number(r.n);
      out.set(y.year, y);
    }
    return [...out.values()];
  },

  /** Replaces a year's schedule (inside the caller's transaction); an empty list unloads the year. */
  async replaceYear(tx: DbOrTx, year: number, days: readonly CalendarDay[], at: Date): Promise<void> {
    await tx.deleteFrom('calendar_days').where('year', '=', year).execute();
    if (!days.length) return;
    const updated_at = at.toISOString();
    await tx
      .insertInto('calendar_days')
      .values(days.map((d) => ({ day: d.date, year, kind: d.kind, name: d.name, updated_at })))
      .execute();
  },
};

/** A pure Calendar over the stored schedule of the years from `from` to `to`. */
export async function loadCalendar(db: DbOrTx, from: IsoDate, to: IsoDate): Promise<Calendar> {
  const [first, last] = [yearOf(from), yearOf(to)].sort((a, b) => a - b);
  const days = await calendarStore.days(db, first, last);
  return makeCalendar(days);
}
