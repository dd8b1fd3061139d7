import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysInMonth, diffDays, fromDayNumber, isIsoDate, isoWeekday, toDayNumber } from './dates.ts';

describe('dates', () => {
  it('validates real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });

  it('adds and diffs across month, year and leap boundaries', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(diffDays('2026-01-01', '2025-01-01')).toBe(365);
    expect(diffDays('2025-03-30', '2025-03-31')).toBe(-1);
  });

  it('gives ISO weekdays', () => {
    expect(isoWeekday('2025-11-24')).toBe(1); // Monday
    expect(isoWeekday('2025-11-30')).toBe(7); // Sunday
    expect(isoWeekday('1969-12-31')).toBe(3); // before the epoch
  });

  it('knows month lengths', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
  });

  it('round-trips day numbers and keeps addDays/diffDays inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), fc.integer({ min: -1000, max: 1000 }), (day, n) => {
        const d = fromDayNumber(day);
        expect(toDayNumber(d)).toBe(day);
        expect(diffDays(addDays(d, n), d)).toBe(n);
      }),
    );
  });

  it('rejects malformed dates loudly', () => {
    expect(() => toDayNumber('2025-02-30')).toThrow(RangeError);
  });
});
