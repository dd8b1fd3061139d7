import { describe, expect, it } from 'vitest';
import { excelDate } from './dates.ts';

describe('excelDate', () => {
  it('reads Excel serial numbers as their calendar day', () => {
    expect(excelDate(46203)).toBe('2026-06-30');
    expect(excelDate(32874)).toBe('1990-01-01');
    // A date with a time (noon, late evening) is still that day.
    expect(excelDate(46203.5)).toBe('2026-06-30');
    expect(excelDate(46203.99)).toBe('2026-06-30');
    // Float noise just below midnight is that midnight.
    expect(excelDate(46203.9999999)).toBe('2026-07-01');
  });

  it('reads date cells, with or without a time, as their UTC day (how exceljs gives them)', () => {
    expect(excelDate(new Date(Date.UTC(2026, 5, 30)))).toBe('2026-06-30');
    expect(excelDate(new Date(Date.UTC(2026, 5, 30, 18, 30)))).toBe('2026-06-30');
    expect(excelDate(new Date(Date.UTC(2026, 5, 30) - 200))).toBe('2026-06-30');
  });

  it('gives null for what is no plausible date instead of throwing', () => {
    expect(excelDate(32873)).toBeNull(); // 1989-12-31
    expect(excelDate(73415)).toBe('2100-12-31');
    expect(excelDate(73416)).toBeNull(); // 2101-01-01
    expect(excelDate(-1)).toBeNull();
    expect(excelDate(1e12)).toBeNull();
    expect(excelDate(Number.NaN)).toBeNull();
    expect(excelDate(new Date(Number.NaN))).toBeNull();
  });
});
