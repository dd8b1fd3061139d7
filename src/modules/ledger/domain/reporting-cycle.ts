import { addDays, daysInMonth, isoDate, isoWeekday, maxDate, type IsoDate } from '../../../platform/calendar/index.ts';

/**
 * How often a unit must send a progressReport. Configured on a source (every task of a speech
 * reports monthly) or on one task; the task's own cycle wins (`effectiveReportingCycle`).
 */
export type ReportingCycle =
  | { kind: 'none' }
  /** ISO weekday: 1 = Monday … 7 = Sunday (每周五 → 5). */
  | { kind: 'weekly'; weekday: number }
  /** Day of month 1..31; a day the month lacks means its last day (31 in February → 28/29). */
  | { kind: 'monthly'; day: number };

/** Every kind of cycle, for the schemas' enums. */
export const REPORTING_CYCLE_KINDS = ['none', 'weekly', 'monthly'] as const satisfies readonly ReportingCycle['kind'][];

export const NO_REPORTING_CYCLE: ReportingCycle = { kind: 'none' };

export function effectiveReportingCycle(taskCycle: ReportingCycle | null | undefined, sourceCycle: ReportingCycle | null | undefined): ReportingCycle {
  return taskCycle ?? sourceCycle ?? NO_REPORTING_CYCLE;
}

/** The first due date of the cycle on or after `date`; null for 'none'. */
export function dueDateOnOrAfter(cycle: ReportingCycle, date: IsoDate): IsoDate | null {
  switch (cycle.kind) {
    case 'none':
      return null;
    case 'weekly':
      return addDays(date, (cycle.weekday - isoWeekday(date) + 7) % 7);
    case 'monthly': {
      let [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
      for (;;) {
        const due = monthlyDue(y, m, cycle.day);
        if (due >= date) return due;
        [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
      }
    }
  }
}

function monthlyDue(year: number, month: number, day: number): IsoDate {
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/**
 * When the next progressReport is due.
 *
 * Rule: each cycle period (previous due date, due date] needs one report; a report anywhere in the
 * period answers that period's due date. The period in which reporting started (`since`: the day
 * the task was dispatched, acknowledged or reopened) is free, as if a report had been made that
 * day, so a unit always gets at least one full period before its first report is due. One
 * formula therefore serves both cases: the due date after the one that closes the anchor's period.
 */
export function nextReportDue(cycle: ReportingCycle, lastReportOn: IsoDate | null, since: IsoDate): IsoDate | null {
  const anchor = lastReportOn ? maxDate(lastReportOn, since) : since;
  const closing = dueDateOnOrAfter(cycle, anchor);
  return closing === null ? null : dueDateOnOrAfter(cycle, addDays(closing, 1));
}

/** A report is missing once its due date has passed (the due date itself still counts as on time). */
export function isReportMissing(cycle: ReportingCycle, lastReportOn: IsoDate | null, since: IsoDate, today: IsoDate): boolean {
  const due = nextReportDue(cycle, lastReportOn, since);
  return due !== null && today > due;
}
