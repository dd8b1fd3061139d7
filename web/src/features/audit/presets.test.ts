import { describe, expect, it } from 'vitest';
import { rangePresets } from './presets';

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
