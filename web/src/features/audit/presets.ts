import dayjs from 'dayjs';
import { dayIn, dayStartIn } from '../../lib/date-time';
import type { AuditQuery } from './api';
import type { AuditUrlState } from './use-audit-filters';

export type RangePresetKey = 'today' | 'thisWeek' | 'last7' | 'last30';

/**
 * The audit filter's ready ranges (from, to: YYYY-MM-DD, both included), counted from today in the
 * configured zone (GET /api/me's timeZone), not the browser's: at 07:30 Beijing on a Monday a browser
 * set to UTC still says Sunday, and 今天 must be Monday. The week starts on Monday.
 */
export function rangePresets(now: Date, timeZone: string): { key: RangePresetKey; from: string; to: string }[] {
  const today = dayIn(timeZone, now);
  const day = (offset: number) => dayjs(today).add(offset, 'day').format('YYYY-MM-DD');
  const sinceMonday = (dayjs(today).day() + 6) % 7;
  return [
    { key: 'today', from: today, to: today },
    { key: 'thisWeek', from: day(-sinceMonday), to: today },
    { key: 'last7', from: day(-6), to: today },
    { key: 'last30', from: day(-29), to: today },
  ];
}

/** The days in the configured zone (GET /api/me's timeZone, not the browser's), as the instants the API filters on (`to` is exclusive). */
export function toApiQuery(s: AuditUrlState, timeZone: string): AuditQuery {
  const { from, to, ...rest } = s;
  return {
    ...rest,
    from: from ? dayStartIn(from, timeZone) : undefined,
    to: to ? dayStartIn(dayjs(to).add(1, 'day').format('YYYY-MM-DD'), timeZone) : undefined,
  };
}
