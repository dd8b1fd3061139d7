import type { AppContext } from '../../platform/context.ts';
import { withTx } from '../../platform/db/tx.ts';
import { audit } from '../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../platform/access/index.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { parseSchedule, scheduleProblems, yearOf, type CalendarDay } from '../../platform/calendar/index.ts';
import { calendarStore } from '../../platform/calendar/repo.ts';

export const CALENDAR_MANAGE = 'calendar.manage';

const rejected = (fields: FieldError[]) => new AppError('validation.failed', 'invalid', {}, fields);

export const calendarService = {
  /** A year's schedule and the loaded years; any signed-in user may read it (it is public). */
  async year(ctx: AppContext, year: number) {
    const [days, years] = await Promise.all([calendarStore.days(ctx.db, year, year), calendarStore.years(ctx.db)]);
    return { year, loaded: days.length > 0, days, years };
  },

  /** Replaces one year's schedule (secAdmin); every bad day is named by its index and date. */
  async setYear(ctx: AppContext, actor: Actor, year: number, days: CalendarDay[]) {
    requirePermission(actor, CALENDAR_MANAGE);
    const problems = scheduleProblems(days, year);
    if (problems.length) throw rejected(problems.map((p) => ({ field: `body.days.${p.at}.${p.field}`, code: p.code, params: p.params })));
    await save(ctx, actor, new Map([[year, days]]));
    return this.year(ctx, year);
  },

  /**
   * Loads a schedule text (the file `luoshi calendar load` reads; see platform/calendar/schedule.ts):
   * every year it names is replaced, all or nothing; every bad line is named.
   */
  async loadText(ctx: AppContext, actor: Actor, text: string) {
    requirePermission(actor, CALENDAR_MANAGE);
    const { days, problems } = parseSchedule(text);
    const all = [...problems, ...scheduleProblems(days).map((p) => ({ ...p, at: days[p.at].line }))].sort((a, b) => a.at - b.at);
    if (all.length) throw rejected(all.map((p) => ({ field: 'body.text', code: `${p.code}.line`, params: { ...p.params, line: p.at } })));
    if (!days.length) throw rejected([{ field: 'body.text', code: 'calendar.empty' }]);
    const byYear = new Map<number, CalendarDay[]>();
    for (const { line: _, ...d } of days) byYear.set(yearOf(d.date), [...(byYear.get(yearOf(d.date)) ?? []), d]);
    await save(ctx, actor, byYear);
    const loaded = await calendarStore.years(ctx.db);
    return { years: loaded.filter((y) => byYear.has(y.year)) };
  },
};

async function save(ctx: AppContext, actor: Actor, byYear: Map<number, CalendarDay[]>) {
  const now = ctx.clock.now();
  await withTx(ctx.db, async (tx) => {
    for (const [year, days] of byYear) {
      const before = await calendarStore.days(tx, year, year);
      await calendarStore.replaceYear(tx, year, days, now);
      const count = (list: CalendarDay[]) => ({
        holidays: list.filter((d) => d.kind === 'holiday').length,
        workdays: list.filter((d) => d.kind === 'workday').length,
      });
      await audit(tx, auditActor(actor), { action: 'calendar.load', entity: 'calendar', entityId: year, before: count(before), after: count(days) }, now);
    }
  });
}
