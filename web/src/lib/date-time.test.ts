import { describe, expect, it } from 'vitest';
import { dayIn, formatDateTime } from './date-time';

describe('formatDateTime: API timestamps (UTC) in the configured zone and the reader’s language', () => {
  it('shows Beijing time: half past four UTC on 30 June is half past midnight on 1 July', () => {
    expect(formatDateTime('2026-06-30T16:30:00.000Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026-07-01 00:30');
    expect(formatDateTime('2026-06-30T16:30:00Z', 'en-US', 'Asia/Shanghai')).toBe('Jul 1, 2026, 00:30');
  });

  it('defaults to Asia/Shanghai and follows another configured zone', () => {
    expect(formatDateTime('2026-12-31T23:59:59Z', 'zh-CN')).toBe('2027-01-01 07:59');
    expect(formatDateTime('2026-06-30T16:30:00Z', 'zh-CN', 'UTC')).toBe('2026-06-30 16:30');
    expect(formatDateTime('2026-06-30T16:30:00Z', 'zh-CN', 'Europe/Berlin')).toBe('2026-06-30 18:30');
  });

  it('keeps seconds when asked, 24-hour in both languages', () => {
    expect(formatDateTime('2026-06-30T04:05:06Z', 'zh-CN', 'Asia/Shanghai', { seconds: true })).toBe('2026-06-30 12:05:06');
    expect(formatDateTime('2026-06-30T15:05:06Z', 'en-US', 'Asia/Shanghai', { seconds: true })).toBe('Jun 30, 2026, 23:05:06');
  });

  it('gives the time of day alone in the same zone', () => {
    expect(formatDateTime('2026-06-30T16:30:05Z', 'zh-CN', 'Asia/Shanghai', { timeOnly: true, seconds: true })).toBe('00:30:05');
    expect(formatDateTime('2026-06-30T16:30:05Z', 'en-US', 'Asia/Shanghai', { timeOnly: true })).toBe('00:30');
  });

  it('leaves empty values empty and shows an unreadable one as it came', () => {
    expect(formatDateTime(null, 'zh-CN')).toBe('');
    expect(formatDateTime(undefined, 'en-US')).toBe('');
    expect(formatDateTime('not a time', 'zh-CN')).toBe('not a time');
  });
});

describe('dayIn: the calendar day of an instant in the configured zone', () => {
  it('is already tomorrow in Beijing at 16:30 UTC, and still today in UTC', () => {
    expect(dayIn('Asia/Shanghai', new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(dayIn('UTC', new Date('2026-06-30T16:30:00Z'))).toBe('2026-06-30');
    expect(dayIn('Asia/Shanghai', new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
  });
});
