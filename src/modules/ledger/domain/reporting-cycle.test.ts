import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, diffDays, fromDayNumber, isoWeekday, toDayNumber } from '../../../platform/calendar/index.ts';
import { dueDateOnOrAfter, effectiveReportingCycle, isReportMissing, nextReportDue, type ReportingCycle } from './reporting-cycle.ts';

const fridays: ReportingCycle = { kind: 'weekly', weekday: 5 };
const monthEnd: ReportingCycle = { kind: 'monthly', day: 31 };

describe('reporting cycle', () => {
  it('has no due date when there is no cycle', () => {
    expect(nextReportDue({ kind: 'none' }, null, '2025-11-24')).toBeNull();
    expect(isReportMissing({ kind: 'none' }, null, '2020-01-01', '2025-11-24')).toBe(false);
  });

  it('weekly: a report this week answers this Friday, so the next is due the Friday after', () => {
    // 2025-11-27 is a Thursday, 2025-11-28 a Friday.
    expect(nextReportDue(fridays, '2025-11-27', '2025-11-01')).toBe('2025-12-05');
    expect(nextReportDue(fridays, '2025-11-28', '2025-11-01')).toBe('2025-12-05');
    expect(nextReportDue(fridays, '2025-11-29', '2025-11-01')).toBe('2025-12-12');
  });

  it('weekly: the period of dispatch is free', () => {
    expect(nextReportDue(fridays, null, '2025-11-24')).toBe('2025-12-05');
    expect(isReportMissing(fridays, null, '2025-11-24', '2025-12-05')).toBe(false);
    expect(isReportMissing(fridays, null, '2025-11-24', '2025-12-06')).toBe(true);
  });

  it('monthly day 31 clamps to the last day of short months', () => {
    expect(dueDateOnOrAfter(monthEnd, '2025-02-10')).toBe('2025-02-28');
    expect(dueDateOnOrAfter(monthEnd, '2024-02-10')).toBe('2024-02-29');
    expect(dueDateOnOrAfter(monthEnd, '2025-04-30')).toBe('2025-04-30');
    expect(nextReportDue(monthEnd, '2025-01-31', '2025-01-01')).toBe('2025-02-28');
    expect(nextReportDue(monthEnd, '2025-02-28', '2025-01-01')).toBe('2025-03-31');
    expect(nextReportDue({ kind: 'monthly', day: 30 }, '2025-12-15', '2025-01-01')).toBe('2026-01-30');
  });

  it('the task cycle overrides the source cycle', () => {
    expect(effectiveReportingCycle(fridays, monthEnd)).toBe(fridays);
    expect(effectiveReportingCycle(null, monthEnd)).toBe(monthEnd);
    expect(effectiveReportingCycle(undefined, undefined)).toEqual({ kind: 'none' });
  });

  const day = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
  const cycle: fc.Arbitrary<ReportingCycle> = fc.oneof(
    fc.integer({ min: 1, max: 7 }).map((weekday) => ({ kind: 'weekly' as const, weekday })),
    fc.integer({ min: 1, max: 31 }).map((d) => ({ kind: 'monthly' as const, day: d })),
  );

  it('property: the next due date is after the anchor, at most two periods away, and on the cycle', () => {
    fc.assert(
      fc.property(cycle, day, fc.option(day, { nil: null }), (c, since, last) => {
        const anchor = last && last > since ? last : since;
        const due = nextReportDue(c, last, since)!;
        expect(due > anchor).toBe(true);
        expect(diffDays(due, anchor)).toBeLessThanOrEqual(c.kind === 'weekly' ? 14 : 62);
        expect(dueDateOnOrAfter(c, due)).toBe(due);
        if (c.kind === 'weekly') expect(isoWeekday(due)).toBe(c.weekday);
      }),
    );
  });

  it('property: reporting today never leaves a report missing today', () => {
    fc.assert(
      fc.property(cycle, day, fc.integer({ min: 0, max: 400 }), (c, since, after) => {
        const today = addDays(since, after);
        expect(isReportMissing(c, today, since, today)).toBe(false);
      }),
    );
  });
});
