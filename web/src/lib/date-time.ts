import type { Lang } from '../i18n/lang';

/** The server's default zone (LUOSHI_TZ); the signed-in app uses the one GET /api/me names. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface DateTimeOptions {
  /** Audit rows and clocks want the second; everything else shows minutes. */
  seconds?: boolean;
  /** The time of day alone (a dashboard's "updated at"). */
  timeOnly?: boolean;
}

// Building an Intl formatter costs far more than using one: keep one per language, zone and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(lang: Lang, timeZone: string, seconds: boolean, timeOnly: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${seconds}|${timeOnly}`;
  let f = formatters.get(key);
  if (!f) {
    const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined, hourCycle: 'h23' };
    const date: Intl.DateTimeFormatOptions =
      lang === 'zh-CN' ? { year: 'numeric', month: '2-digit', day: '2-digit' } : { year: 'numeric', month: 'short', day: 'numeric' };
    formatters.set(key, (f = new Intl.DateTimeFormat(lang, { timeZone, ...(timeOnly ? {} : date), ...time })));
  }
  return f;
}

/**
 * A UTC timestamp from the API as the wall clock of the configured zone, in the reader's language:
 * 2026-06-30T16:30:00Z is "2026-07-01 00:30" in zh-CN and "Jul 1, 2026, 00:30" in en-US (Beijing).
 * Never cut the ISO string: that shows UTC, eight hours early in China (issue #9).
 */
export function formatDateTime(iso: string | null | undefined, lang: Lang, timeZone: string = DEFAULT_TIME_ZONE, options: DateTimeOptions = {}): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const f = formatterFor(lang, timeZone, options.seconds === true, options.timeOnly === true);
  if (lang !== 'zh-CN' && !options.timeOnly) return f.format(at);
  // zh-CN writes the date the way the ledger's dates read (2026-07-01), not 2026/07/01.
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const time = `${p.hour}:${p.minute}${options.seconds ? `:${p.second}` : ''}`;
  return options.timeOnly ? time : `${p.year}-${p.month}-${p.day} ${time}`;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`: "today" for deadlines, in Beijing even from a browser elsewhere. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at).map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * The instant (ISO, UTC) a calendar day begins in `timeZone`: 2026-12-07 begins at 2026-12-06T16:00:00.000Z
 * in Beijing, whatever zone the browser is set to. For day filters sent to the API as instants.
 */
export function dayStartIn(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d);
  // The zone's offset at an instant: its wall clock read as if it were UTC, minus the instant.
  const offset = (at: number) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(at)
        .map((x) => [x.type, Number(x.value)]),
    );
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - at;
  };
  // Twice: the offset at the guess, where a change of offset (summer time) near midnight would show.
  const guess = midnightUtc - offset(midnightUtc);
  return new Date(midnightUtc - offset(guess)).toISOString();
}
