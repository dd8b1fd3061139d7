/** The one source of "now", so tests can move time (session expiry, lockout, deadlines). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class FakeClock implements Clock {
  constructor(private current = new Date('2026-07-01T02:00:00.000Z')) {}
  now() {
    return new Date(this.current);
  }
  set(iso: string) {
    this.current = new Date(iso);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Today's date (YYYY-MM-DD) in the given calendar zone: 年底前 means the end of the year in China. */
export function calendarDate(at: Date, timeZone: string): string {
  return formatterFor(timeZone).format(at); // en-CA formats as YYYY-MM-DD
}

// Building an Intl formatter costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f;
}

/**
 * The instant a calendar day (YYYY-MM-DD) begins in `timeZone`: 2026-12-07 begins at 2026-12-06T16:00Z in
 * Beijing. For "today" as a range of instants (audit rows are stamped in UTC).
 */
export function dayStart(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d);
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
  // Twice: the offset at the first guess shows a change of offset (summer time) near midnight.
  return new Date(midnightUtc - offset(midnightUtc - offset(midnightUtc)));
}
