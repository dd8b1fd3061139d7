import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  diffDays,
  daysInMonth,
  formatSchedule,
  fromDayNumber,
  halfYearBounds,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  isoWeekKey,
  makeCalendar,
  monthEnd,
  monthStart,
  officialSchedules,
  parseIsoDate,
  parseSchedule,
  quarterBounds,
  scheduleProblems,
  toDayNumber,
  weekdaysOnly,
  yearBounds,
} from './index.ts';

describe('dates', () => {
  it('parses only real YYYY-MM-DD days', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-1-5', '2026-01-05T00:00', ' 2026-01-05', '']) {
      expect(parseIsoDate(bad), bad).toBeNull();
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate(20260105)).toBe(false);
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
  });

  it('adds days across month ends, leap days and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-01', -365)).toBe('2025-03-01');
    expect(addDays('2026-07-01', 0)).toBe('2026-07-01');
    expect(fromDayNumber(toDayNumber('1969-12-31'))).toBe('1969-12-31');
  });

  it('counts days between in both directions', () => {
    expect(diffDays('2025-03-01', '2025-02-28')).toBe(1);
    expect(diffDays('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-07-10', '2026-07-01')).toBe(-9);
  });

  it('knows weekdays, leap years and month lengths', () => {
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('2026-01-01')).toBe(4);
    expect(isoWeekday('2026-02-15')).toBe(7);
    expect(isoWeekday('2026-02-16')).toBe(1);
    expect(isoWeekday('1969-12-29')).toBe(1);
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
  });

  it('finds month, quarter, half-year and year bounds', () => {
    expect(monthStart('2026-07-19')).toBe('2026-07-01');
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEnd('2026-02-10')).toBe('2026-02-28');
    expect(monthEnd('2026-12-01')).toBe('2026-12-31');
    expect(quarterBounds('2026-02-14')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterBounds('2026-06-30')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterBounds('2026-11-05')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(halfYearBounds('2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfYearBounds('2026-07-01')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(yearBounds('2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('adds months clipped to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -13)).toBe('2025-02-28');
  });

  it('labels ISO weeks, whose year is their Thursday’s', () => {
    expect(isoWeekKey('2026-01-01')).toBe('2026-W01');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
    expect(isoWeekKey('2026-07-06')).toBe('2026-W28');
  });
});

describe('working days', () => {
  const y2026 = makeCalendar(parseSchedule(officialSchedules[2026]).days);

  it('rests on weekends and holidays, works on make-up days (调休)', () => {
    expect(weekdaysOnly.isWorkingDay('2026-07-03')).toBe(true); // Friday
    expect(weekdaysOnly.isWorkingDay('2026-07-04')).toBe(false); // Saturday
    expect(y2026.isWorkingDay('2026-01-01')).toBe(false); // 元旦, a Thursday
    expect(y2026.isWorkingDay('2026-01-04')).toBe(true); // Sunday worked
    expect(y2026.isWorkingDay('2026-02-14')).toBe(true); // Saturday worked before 春节
    expect(y2026.isWorkingDay('2026-02-23')).toBe(false); // Monday, last day of 春节
    expect(y2026.isWorkingDay('2026-02-24')).toBe(true);
    expect(y2026.isWorkingDay('2026-10-10')).toBe(true);
    expect(y2026.entry('2026-10-01')).toMatchObject({ date: '2026-10-01', kind: 'holiday', name: '国庆节' });
    expect(y2026.entry('2026-10-08')).toBeUndefined();
  });

  it('adds working days over holidays, make-up days and a year boundary', () => {
    // Thursday 2026-02-12 + 2: Friday 13th, then Saturday 14th (worked), not Monday 16th.
    expect(y2026.addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(y2026.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(weekdaysOnly.addWorkingDays('2026-02-13', 2)).toBe('2026-02-17');
    expect(y2026.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(y2026.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    expect(y2026.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01'); // 2027 not loaded: a Friday
    expect(y2026.addWorkingDays('2026-01-05', -1)).toBe('2026-01-04');
    expect(y2026.addWorkingDays('2026-01-04', -1)).toBe('2025-12-31');
    expect(y2026.addWorkingDays('2026-07-04', 0)).toBe('2026-07-04');
    expect(() => y2026.addWorkingDays('2026-07-04', 1.5)).toThrow(RangeError);
  });

  it('counts working days both ways, consistently with addWorkingDays', () => {
    expect(y2026.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2); // Saturday 14th and Tuesday 24th
    expect(y2026.workingDaysBetween('2026-09-18', '2026-10-12')).toBe(12); // Sun 20th, 21-24, 28-30, Oct 8-9, Sat 10th, 12th
    expect(weekdaysOnly.workingDaysBetween('2026-07-06', '2026-07-13')).toBe(5);
    expect(weekdaysOnly.workingDaysBetween('2026-07-13', '2026-07-06')).toBe(-5);
    expect(y2026.workingDaysBetween('2026-07-06', '2026-07-06')).toBe(0);
    // 261 weekdays - 19 weekday holidays + 6 make-up days = 248 in 2026, then Friday 2027-01-01 (no 2027 schedule).
    expect(y2026.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
    expect(y2026.workingDaysBetween('2026-01-01', '2027-01-01')).toBe(249);
    for (const start of ['2026-02-12', '2026-02-15', '2026-09-19', '2026-12-30', '2026-01-03']) {
      for (const n of [-12, -5, -1, 1, 3, 7, 30]) expect(y2026.workingDaysBetween(start, y2026.addWorkingDays(start, n)), `${start} ${n}`).toBe(n);
    }
  });

  it('moves a deadline falling on a rest day to the next working day', () => {
    expect(y2026.nextWorkingDayOnOrAfter('2026-10-03')).toBe('2026-10-08');
    expect(y2026.nextWorkingDayOnOrAfter('2026-10-10')).toBe('2026-10-10');
    expect(weekdaysOnly.nextWorkingDayOnOrAfter('2026-10-10')).toBe('2026-10-12');
  });

  it('knows which years it covers', () => {
    expect(y2026.years).toEqual([2026]);
    expect(y2026.covers('2026-05-01')).toBe(true);
    expect(y2026.covers('2027-05-01')).toBe(false);
    expect(makeCalendar([], [2027]).covers('2027-01-01')).toBe(true);
  });
});

describe('schedules', () => {
  it('reads the shipped 2026 schedule without a problem: 33 holidays, 6 make-up days on weekends', () => {
    const { days, problems } = parseSchedule(officialSchedules[2026]);
    expect(problems).toEqual([]);
    expect(scheduleProblems(days, 2026)).toEqual([]);
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(33);
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('accepts Chinese kind words, commas, comments and blank lines', () => {
    const { days, problems } = parseSchedule('# 说明\n\n2026-05-01,2026-05-01,休\n2026-05-09，班，劳动节 # 调休\n2026-06-19..2026-06-20\t放假\t端午节\n');
    expect(problems).toEqual([{ at: 3, field: 'kind', code: 'calendar.bad_kind', params: { value: '2026-05-01' } }]);
    expect(days.map((d) => [d.date, d.kind, d.name, d.line])).toEqual([
      ['2026-05-09', 'workday', '劳动节', 4],
      ['2026-06-19', 'holiday', '端午节', 5],
      ['2026-06-20', 'holiday', '端午节', 5],
    ]);
  });

  it('names the bad line and date', () => {
    const { problems } = parseSchedule(
      '2026-02-30 holiday 春节\n2026-02-20..2026-02-10 holiday\n2026-01-01..2026-03-01 holiday\n2026-01-01 rest 元旦\n2026-01-01',
    );
    expect(problems.map((p) => [p.at, p.code, p.params.value])).toEqual([
      [1, 'calendar.bad_date', '2026-02-30'],
      [2, 'calendar.bad_range', '2026-02-20..2026-02-10'],
      [3, 'calendar.bad_range', '2026-01-01..2026-03-01'],
      [4, 'calendar.bad_kind', 'rest'],
      [5, 'calendar.bad_kind', ''],
    ]);
  });

  it('rejects a weekday make-up day, a date twice, a date of another year, a long name', () => {
    const problems = scheduleProblems(
      [
        { date: '2026-10-09', kind: 'workday', name: '' },
        { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2026-10-02', kind: 'holiday', name: '节'.repeat(41) },
        { date: '2026-10-10', kind: 'workday', name: '国庆节' },
      ],
      2026,
    );
    expect(problems.map((p) => [p.at, p.field, p.code])).toEqual([
      [0, 'kind', 'calendar.workday_not_weekend'],
      [2, 'date', 'calendar.duplicate_date'],
      [3, 'date', 'calendar.wrong_year'],
      [4, 'name', 'calendar.name_too_long'],
    ]);
  });

  it('writes a schedule back as the text it reads', () => {
    const { days } = parseSchedule(officialSchedules[2026]);
    const text = formatSchedule(days);
    expect(text.split('\n')[0]).toBe('2026-01-01..2026-01-03 holiday 元旦');
    expect(parseSchedule(text).days.map(({ line: _, ...d }) => d)).toEqual([...days].sort((a, b) => (a.date < b.date ? -1 : 1)).map(({ line: _, ...d }) => d));
  });
});
