import { describe, expect, it } from 'vitest';
import { rangePresets, toApiQuery } from './presets';

const ranges = (iso: string, zone: string) => Object.fromEntries(rangePresets(new Date(iso), zone).map((p) => [p.key, [p.from, p.to]]));

describe("the audit filter's ready ranges", () => {
  it("count from the configured zone's day: just after midnight in Beijing is already Monday, though UTC says Sunday", () => {
    // 2026-12-06T16:30Z is Monday 2026-12-07 00:30 in Beijing, still Sunday in UTC.
    expect(ranges('2026-12-06T16:30:00Z', 'Asia/Shanghai')).toEqual({
      today: ['2026-12-07', '2026-12-07'],
      thisWeek: ['2026-12-07', '2026-12-07'],
      last7: ['2026-12-01', '2026-12-07'],
      last30: ['2026-11-08', '2026-12-07'],
    });
    expect(ranges('2026-12-06T16:30:00Z', 'UTC')).toEqual({
      today: ['2026-12-06', '2026-12-06'],
      thisWeek: ['2026-11-30', '2026-12-06'],
      last7: ['2026-11-30', '2026-12-06'],
      last30: ['2026-11-07', '2026-12-06'],
    });
  });

  it('just before midnight in Beijing it is still the same day', () => {
    // 2026-12-07T15:59Z is 23:59 on Monday in Beijing.
    expect(ranges('2026-12-07T15:59:00Z', 'Asia/Shanghai').today).toEqual(['2026-12-07', '2026-12-07']);
    expect(ranges('2026-12-07T16:00:00Z', 'Asia/Shanghai').thisWeek).toEqual(['2026-12-07', '2026-12-08']);
  });
});

describe("the audit filter's days as the API's instants", () => {
  const state = { from: '2026-12-07', to: '2026-12-07', page: 1, pageSize: 20 };
  it('a day is Beijing midnight to midnight, in any browser zone', () => {
    expect(toApiQuery(state, 'Asia/Shanghai')).toMatchObject({ from: '2026-12-06T16:00:00.000Z', to: '2026-12-07T16:00:00.000Z' });
    expect(toApiQuery(state, 'UTC')).toMatchObject({ from: '2026-12-07T00:00:00.000Z', to: '2026-12-08T00:00:00.000Z' });
  });

  it('follows a zone with summer time across its change', () => {
    // Berlin leaves summer time on 2026-10-25: that day has 25 hours.
    expect(toApiQuery({ ...state, from: '2026-10-25', to: '2026-10-25' }, 'Europe/Berlin')).toMatchObject({
      from: '2026-10-24T22:00:00.000Z',
      to: '2026-10-25T23:00:00.000Z',
    });
  });
});
