import dayjs, { type Dayjs } from 'dayjs';

/** The API's date-only format: a calendar day, no time, no zone. */
export const DAY = 'YYYY-MM-DD';

/** An antd picker's value (or a day already as text) → 'YYYY-MM-DD', null when empty. */
export function toDay(d: Dayjs | string | null | undefined): string | null {
  return d ? (typeof d === 'string' ? d.slice(0, 10) : d.format(DAY)) : null;
}

/** 'YYYY-MM-DD' (or a dayjs) → the picker's value, null when empty. */
export function fromDay(s: Dayjs | string | null | undefined): Dayjs | null {
  return s ? (typeof s === 'string' ? dayjs(s) : s) : null;
}

/** A range picker's value → [from, to] days, each undefined when open-ended. */
export function toDayRange(r: readonly [Dayjs | null | undefined, Dayjs | null | undefined] | null | undefined): [string | undefined, string | undefined] {
  return [toDay(r?.[0]) ?? undefined, toDay(r?.[1]) ?? undefined];
}

/** Two days → a range picker's value (null when both are empty). */
export function fromDayRange(from: string | null | undefined, to: string | null | undefined): [Dayjs | null, Dayjs | null] | null {
  return from || to ? [fromDay(from), fromDay(to)] : null;
}

/**
 * For a Form.Item holding a date picker: the form (and its sessionStorage draft) keeps the day as
 * 'YYYY-MM-DD' text, the picker gets a dayjs. A dayjs in the draft would be stored as a UTC
 * instant and come back a day early east of Greenwich.
 */
export const dayField = {
  getValueProps: (v: Dayjs | string | null | undefined) => ({ value: fromDay(v) }),
  normalize: toDay,
};

/** The same for a Form.Item holding a range picker: the form keeps ['YYYY-MM-DD', 'YYYY-MM-DD']. */
export const dayRangeField = {
  getValueProps: (v: readonly [string, string] | null | undefined) => ({ value: v ? [fromDay(v[0]), fromDay(v[1])] : undefined }),
  normalize: (r: readonly [Dayjs | null, Dayjs | null] | null | undefined) => (r ? toDayRange(r) : undefined),
};
