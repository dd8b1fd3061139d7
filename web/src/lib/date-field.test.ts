import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { dayField, dayRangeField, fromDay, fromDayRange, toDay, toDayRange } from './date-field';

describe('the date-field helper: antd picker values ↔ YYYY-MM-DD', () => {
  it('turns a picker value into the API’s day and back, empty staying empty', () => {
    expect(toDay(dayjs('2026-03-31T23:30:00'))).toBe('2026-03-31');
    expect(toDay('2026-03-31T00:00:00.000Z')).toBe('2026-03-31');
    expect(toDay(null)).toBeNull();
    expect(fromDay('2026-03-31')?.format('YYYY-MM-DD')).toBe('2026-03-31');
    expect(fromDay(undefined)).toBeNull();
  });

  it('handles open-ended ranges', () => {
    expect(toDayRange([dayjs('2026-01-01'), null])).toEqual(['2026-01-01', undefined]);
    expect(toDayRange(null)).toEqual([undefined, undefined]);
    expect(fromDayRange(undefined, undefined)).toBeNull();
    expect(fromDayRange(undefined, '2026-02-01')?.map((d) => d?.format('YYYY-MM-DD') ?? null)).toEqual([null, '2026-02-01']);
  });

  it('keeps a form field as text while the picker sees a dayjs', () => {
    expect(dayField.normalize(dayjs('2026-05-04'))).toBe('2026-05-04');
    expect(dayjs.isDayjs(dayField.getValueProps('2026-05-04').value)).toBe(true);
    expect(dayRangeField.normalize([dayjs('2026-05-01'), dayjs('2026-05-31')])).toEqual(['2026-05-01', '2026-05-31']);
    expect(dayRangeField.getValueProps(undefined).value).toBeUndefined();
  });
});
