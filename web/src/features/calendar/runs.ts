import type { CalendarDay } from './api';

/** Consecutive days of one kind and name: 春节 2026-02-15 to 2026-02-23, as the notice writes it. */
export interface DayRun {
  from: string;
  to: string;
  kind: CalendarDay['kind'];
  name: string;
  days: number;
}

const nextDay = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Groups a year's days (any order) into runs, in date order; pure. */
export function dayRuns(days: readonly CalendarDay[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const d of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = runs.at(-1);
    if (last && last.kind === d.kind && last.name === d.name && nextDay(last.to) === d.date) {
      last.to = d.date;
      last.days++;
    } else runs.push({ from: d.date, to: d.date, kind: d.kind, name: d.name, days: 1 });
  }
  return runs;
}
