import { addDays, daysBetween, isIsoDate, isWeekend, yearOf, type IsoDate } from './dates.ts';
import type { CalendarDay, DayKind } from './working-days.ts';

/**
 * A year's schedule as people write it down from the State Council's notice, one line each:
 *
 *   # 2026 国务院办公厅 节假日安排
 *   2026-02-15..2026-02-23  holiday  春节
 *   2026-02-14              workday  春节
 *
 * A line is a date or a range `from..to`, a kind (holiday / 休 / 放假, workday / 班 / 上班) and
 * the festival's name; blanks, commas or tabs separate them, `#` starts a comment.
 * Pure: the CLI reads the file, the route receives the text, both get the same line errors.
 */
export interface ScheduleProblem {
  /** 1-based line of the text, or 0-based index of a day in a list. */
  at: number;
  field: 'date' | 'kind' | 'name';
  code: string;
  params: Record<string, unknown>;
}

export const MAX_NAME_LENGTH = 40;
const KIND_WORDS: Record<string, DayKind> = { holiday: 'holiday', 休: 'holiday', 放假: 'holiday', workday: 'workday', 班: 'workday', 上班: 'workday' };
// A holiday run is at most a few weeks long; a longer range is a typing mistake.
const MAX_RANGE_DAYS = 31;

/** The days of a schedule text, each with its line, and the problems of its lines. */
export function parseSchedule(text: string): { days: (CalendarDay & { line: number })[]; problems: ScheduleProblem[] } {
  const days: (CalendarDay & { line: number })[] = [];
  const problems: ScheduleProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/#.*/, '').trim();
    if (!content) return;
    const [when = '', kindWord = '', ...rest] = content.split(/[\s,，\t]+/).filter(Boolean);
    const [from, to = from, extra] = when.split('..');
    const name = rest.join(' ');
    const bad = (field: ScheduleProblem['field'], code: string, params: Record<string, unknown> = {}) => problems.push({ at: line, field, code, params });
    if (extra !== undefined || !isIsoDate(from) || !isIsoDate(to)) return bad('date', 'calendar.bad_date', { value: when });
    if (to < from || daysBetween(from, to) >= MAX_RANGE_DAYS) return bad('date', 'calendar.bad_range', { value: when, max: MAX_RANGE_DAYS });
    const kind = KIND_WORDS[kindWord.toLowerCase()];
    if (!kind) return bad('kind', 'calendar.bad_kind', { value: kindWord });
    for (let d: IsoDate = from; d <= to; d = addDays(d, 1)) days.push({ date: d, kind, name, line });
  });
  return { days, problems };
}

/**
 * What is wrong with a list of days as a schedule: a malformed date, a date outside `year` (when
 * given), a date twice, a name too long, or a make-up working day that is no weekend day (调休
 * only ever moves work onto a Saturday or Sunday; a weekday "workday" is a typing mistake).
 */
export function scheduleProblems(days: readonly CalendarDay[], year?: number): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const seen = new Set<string>();
  days.forEach((d, at) => {
    const bad = (field: ScheduleProblem['field'], code: string, params: Record<string, unknown>) => problems.push({ at, field, code, params });
    if (!isIsoDate(d.date)) return bad('date', 'calendar.bad_date', { value: d.date });
    if (year !== undefined && yearOf(d.date) !== year) return bad('date', 'calendar.wrong_year', { date: d.date, year });
    if (seen.has(d.date)) return bad('date', 'calendar.duplicate_date', { date: d.date });
    seen.add(d.date);
    if (d.name.length > MAX_NAME_LENGTH) return bad('name', 'calendar.name_too_long', { date: d.date, max: MAX_NAME_LENGTH });
    if (d.kind === 'workday' && !isWeekend(d.date)) return bad('kind', 'calendar.workday_not_weekend', { date: d.date });
  });
  return problems;
}

/** The schedule back as text, one line per run of days of one kind and name: what `parseSchedule` reads. */
export function formatSchedule(days: readonly CalendarDay[]): string {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
  const lines: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].kind === sorted[i].kind &&
      sorted[j + 1].name === sorted[i].name &&
      sorted[j + 1].date === addDays(sorted[j].date, 1)
    )
      j++;
    const when = i === j ? sorted[i].date : `${sorted[i].date}..${sorted[j].date}`;
    lines.push([when, sorted[i].kind, sorted[i].name].filter(Boolean).join(' '));
    i = j + 1;
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
