/**
 * Deadline phrases (完成时限) and their dates, resolved against a reference date the
 * caller passes in — the domain never reads the clock, so results are reproducible.
 *
 * Decisions (docs/parser.md has the reasoning):
 * - A point in time gives `date` and `until: null`: 年底前 → YYYY-12-31, 6月底前 → 06-30,
 *   三季度末 → 09-30, 2024年3月15日前 → 2024-03-15.
 * - A period gives its first day in `date` and its last in `until`: "2020-2024" →
 *   2020-01-01 … 2024-12-31, "十四五" → 2021-01-01 … 2025-12-31.
 * - A duration counts from the reference date: "三年左右" → ref + 3 years.
 * - Ongoing or recurring work (每年、长期坚持、持续、常态化) has no date: recurring true.
 * - When an item holds several, the most specific wins: an explicit 完成时限 field, then a
 *   dated phrase, then a duration, then a period, then recurrence.
 * - Years written in a title in 《》 are names, not deadlines ("《2019-2023……纲要》"), and a
 *   period that started years before the reference date is history, not a deadline.
 */
import { daysInMonth } from '../../../platform/calendar/index.ts';
import { chineseNumeral } from './numbering.ts';
import { isoDate } from './front-matter.ts';
import type { Deadline } from './types.ts';

export interface FoundDeadline extends Deadline {
  /** Offsets of the phrase inside the searched text. */
  at: number;
  length: number;
}

interface Ref {
  y: number;
  m: number;
  d: number;
}

let lastRef: { text: string; ref: Ref } | null = null;

export function parseRefDate(refDate: string): Ref {
  // Asked once per item with the same date: remember the last one.
  if (lastRef !== null && lastRef.text === refDate) return lastRef.ref;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(refDate);
  if (!m || isoDate(+m[1], +m[2], +m[3]) === null) throw new RangeError(`refDate must be YYYY-MM-DD, got "${refDate}"`);
  const ref = { y: +m[1], m: +m[2], d: +m[3] };
  lastRef = { text: refDate, ref };
  return ref;
}

function lastDay(y: number, m: number): string {
  return isoDate(y, m, daysInMonth(y, m))!;
}

function num(s: string): number {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (s === '两') return 2;
  if (s === '半') return 0.5;
  return chineseNumeral(s);
}

const N = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})';
const Y = '([0-9０-９]{4})';
const QUARTER: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/** Each pattern: priority (lower wins), regex, resolver. */
interface Pattern {
  priority: number;
  /** A character every match holds: a text without it is not scanned. */
  needs: RegExp;
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: Ref) => Omit<Deadline, 'phrase'> | null;
}

function point(date: string | null): Omit<Deadline, 'phrase'> | null {
  return date === null ? null : { date, until: null, recurring: false };
}

function addMonths(ref: Ref, months: number): string {
  const total = ref.y * 12 + (ref.m - 1) + Math.round(months);
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return isoDate(y, m, Math.min(ref.d, daysInMonth(y, m)))!;
}

const PATTERNS: Pattern[] = [
  // A window of days: "1月15日-22日", "2024年3月1日至3月10日" — from the first to the last day.
  {
    priority: 1,
    needs: /月/,
    re: new RegExp(
      `(?:${Y}\\s*年\\s*)?([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日\\s*(?:[-—–－~～]{1,2}|至|到)\\s*(?:([0-9０-９]{1,2})\\s*月\\s*)?([0-9０-９]{1,2})\\s*日(?:\\s*(?:前|之前|以前|截止|止))?`,
      'g',
    ),
    resolve: (m, ref) => {
      const y = m[1] ? num(m[1]) : ref.y;
      const a = isoDate(y, num(m[2]), num(m[3]));
      const b = isoDate(y, m[4] ? num(m[4]) : num(m[2]), num(m[5]));
      return a === null || b === null || b < a ? null : { date: a, until: b, recurring: false };
    },
  },
  // 2024年3月15日前 / 3月15日之前 / 3月15日前完成 / 1月23日17:00前 / 2023年7月15日 前
  {
    priority: 1,
    needs: /月/,
    re: new RegExp(
      `(?:${Y}\\s*年\\s*)?([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日\\s*(?:[0-9０-９]{1,2}\\s*[:：时]\\s*(?:[0-9０-９]{2}\\s*分?)?\\s*)?(?:前|之前|以前|截止|止)`,
      'g',
    ),
    resolve: (m, ref) => point(isoDate(m[1] ? num(m[1]) : ref.y, num(m[2]), num(m[3]))),
  },
  // 2024年6月底前 / 6月底 / 6月末 / 6月前 / 6月份前 / 6月中旬前
  {
    priority: 2,
    needs: /月/,
    re: new RegExp(
      `(?:${Y}\\s*年\\s*)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})\\s*月(?:份)?\\s*(底|末|上旬|中旬|下旬)?\\s*(?:前|之前|以前)?(?:完成)?`,
      'g',
    ),
    resolve: (m, ref) => {
      const whole = m[0];
      if (!/(底|末|前|完成)/.test(whole)) return null; // "6月29日" style mentions are not deadlines
      const y = m[1] ? num(m[1]) : ref.y;
      const mo = num(m[2]);
      if (mo < 1 || mo > 12) return null;
      if (m[3] === '上旬') return point(isoDate(y, mo, 10));
      if (m[3] === '中旬') return point(isoDate(y, mo, 20));
      // "6月前" is before June starts; "6月底前" is the end of June.
      if (!m[3] && /前/.test(whole)) return point(mo === 1 ? lastDay(y - 1, 12) : lastDay(y, mo - 1));
      return point(lastDay(y, mo));
    },
  },
  // 三季度末 / 第三季度 / 一季度前
  {
    priority: 2,
    needs: /季/,
    re: new RegExp(`(?:${Y}\\s*年\\s*)?第?([一二三四1-4])季度(?:末|底|前|内)`, 'g'),
    resolve: (m, ref) => point(lastDay(m[1] ? num(m[1]) : ref.y, QUARTER[m[2]])),
  },
  // 上半年 / 下半年
  {
    priority: 2,
    needs: /半/,
    re: new RegExp(`(?:${Y}\\s*年\\s*)?(上|下)半年(?:前|内|底|末)?`, 'g'),
    resolve: (m, ref) => point(lastDay(m[1] ? num(m[1]) : ref.y, m[2] === '上' ? 6 : 12)),
  },
  // 2024年底前 / 年底前 / 年内 / 今年底 / 年底 / 明年底
  {
    priority: 2,
    needs: /年/,
    re: new RegExp(`(?:${Y}\\s*年|(今|本|明)年)\\s*(?:底|末|内|年底|年末)(?:前|之前)?|年(?:底|末)(?:前|之前)?|年内`, 'g'),
    resolve: (m, ref) => point(lastDay(m[1] ? num(m[1]) : m[2] === '明' ? ref.y + 1 : ref.y, 12)),
  },
  // A span of months, as in a schedule: "（2024年4月至10月）", "2024年5月至7月"; a bare "（2024年3月）".
  {
    priority: 2,
    needs: /月/,
    re: new RegExp(
      `${Y}\\s*年\\s*([0-9０-９]{1,2})\\s*月(?:份)?\\s*(?:[-—–－~～]{1,2}|至|到)\\s*(?:${Y}\\s*年\\s*)?([0-9０-９]{1,2})\\s*月(?:份)?(?!\\s*[0-9０-９]{1,2}\\s*日)`,
      'g',
    ),
    resolve: (m) => {
      const y1 = num(m[1]);
      const y2 = m[3] ? num(m[3]) : y1;
      const a = isoDate(y1, num(m[2]), 1);
      const b = num(m[4]);
      if (a === null || b < 1 || b > 12 || a > `${y2}-${String(b).padStart(2, '0')}-31`) return null;
      return { date: a, until: lastDay(y2, b), recurring: false };
    },
  },
  {
    priority: 2,
    needs: /月/,
    re: new RegExp(`[（(]${Y}\\s*年\\s*([0-9０-９]{1,2})\\s*月(?:份)?[)）]`, 'g'),
    resolve: (m) => {
      const a = isoDate(num(m[1]), num(m[2]), 1);
      return a === null ? null : { date: a, until: lastDay(num(m[1]), num(m[2])), recurring: false };
    },
  },
  // 用三年左右的时间 / 三年内 / 6个月内 / 两年时间
  {
    priority: 3,
    needs: /[年月]/,
    re: new RegExp(`(${N}|半)\\s*(个月|年)(?:左右)?(?:的时间|时间|内|之内)`, 'g'),
    resolve: (m, ref) => {
      const n = num(m[1]);
      if (!(n > 0) || n > 20) return null;
      return point(addMonths(ref, m[2] === '年' ? n * 12 : n));
    },
  },
  {
    priority: 3,
    needs: /[年月]/,
    re: new RegExp(`(${N}|半)\\s*(个月|年)左右`, 'g'),
    resolve: (m, ref) => {
      const n = num(m[1]);
      if (!(n > 0) || n > 20) return null;
      return point(addMonths(ref, m[2] === '年' ? n * 12 : n));
    },
  },
  // 2020-2024 / 2020—2024年 / 2020年至2024年
  {
    priority: 4,
    needs: /[0-9０-９]/,
    re: new RegExp(`${Y}\\s*(?:年)?\\s*(?:[-—–－~～]{1,2}|至|到)\\s*${Y}\\s*年?`, 'g'),
    resolve: (m, ref) => {
      const a = num(m[1]);
      const b = num(m[2]);
      if (b < a || b - a > 30 || a < ref.y - 1) return null;
      return { date: isoDate(a, 1, 1), until: lastDay(b, 12), recurring: false };
    },
  },
  // “十四五” (the five-year plans since 十一五 run 2006-2010, 2011-2015, …)
  {
    priority: 4,
    needs: /十/,
    re: /十([一二三四五六七八九])五/g,
    resolve: (m) => {
      const k = 10 + chineseNumeral(m[1]);
      const from = 2006 + (k - 11) * 5;
      return { date: isoDate(from, 1, 1), until: lastDay(from + 4, 12), recurring: false };
    },
  },
  // Recurring / ongoing work.
  {
    priority: 5,
    needs: /[每持长常经定]/,
    re: /每(年|季度|季|月|半年|周)|长期坚持|持续|常态化(?!疫情)|经常性|定期/g,
    resolve: () => ({ date: null, until: null, recurring: true }),
  },
];

const ANY_PHRASE = /[0-9０-９年月季每持长常经定十半]/;

// A field line naming the deadline outright: "完成时限：2024年6月底前".
const FIELD = /(?:完成时限|完成时间|时间节点|时限要求|时限)[：:]\s*/g;

/** Spans of 《…》 titles, where dates are part of a name. */
function bookTitles(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /《[^《》\n]{0,80}》/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** All deadline phrases in `text`, best first. */
export function findDeadlines(text: string, refDate: string): FoundDeadline[] {
  const ref = parseRefDate(refDate);
  // Every phrase holds one of these characters; most sentences without any are ruled out at once.
  if (!ANY_PHRASE.test(text)) return [];
  const titles = text.includes('《') ? bookTitles(text) : [];
  const fieldStarts = new Set<number>();
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m !== null; m = FIELD.exec(text)) fieldStarts.add(m.index + m[0].length);

  const found: Array<FoundDeadline & { priority: number }> = [];
  for (const p of PATTERNS) {
    if (!p.needs.test(text)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      if (titles.length > 0 && inTitle(titles, m.index)) continue;
      // "每年年底前" repeats every year: leave it to the recurring pattern.
      if (p.priority < 5 && /每[年季月]?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const r = p.resolve(m, ref);
      if (r === null) continue;
      const priority = fieldStarts.has(m.index) ? 0 : p.priority;
      found.push({ ...r, phrase: m[0], at: m.index, length: m[0].length, priority });
    }
  }
  // Several dated limits in one item ("2019年6月底前……2019年12月底前……2020年12月底前") are
  // milestones; the last one written is the deadline, unless a 完成时限 field says otherwise.
  const dated = found.filter((f) => f.priority <= 2 && f.date !== null && f.until === null).sort((a, b) => a.at - b.at);
  // A phrase inside a longer one ("年底前" in "2024年底前") is not a milestone of its own. Only
  // phrases starting at most one phrase length before can contain it: a bounded look back.
  const points = dated.length < 2 ? dated : outermost(dated);
  if (points.length >= 2 && new Set(points.map((p) => p.date)).size >= 2 && !found.some((f) => f.priority === 0)) {
    const milestones = points.map((p) => ({ phrase: p.phrase, date: p.date! }));
    const last = points[points.length - 1];
    last.milestones = milestones;
    last.priority = -1;
  }
  found.sort((a, b) => a.priority - b.priority || a.at - b.at);
  // Drop phrases overlapping a better one ("年底前" inside "2024年底前"). The characters kept
  // phrases cover are marked, so each test costs the phrase's length, not the count kept.
  if (found.length < 2) return found.map(({ priority: _p, ...f }) => f);
  const taken = new Uint8Array(text.length);
  const kept: typeof found = [];
  for (const f of found) {
    let free = true;
    for (let k = f.at; k < f.at + f.length && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, f.at, f.at + f.length);
    kept.push(f);
  }
  return kept.map(({ priority: _p, ...f }) => f);
}

/** Whether `at` falls inside one of the titles (found in order, not overlapping): a binary search. */
function inTitle(titles: ReadonlyArray<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = titles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (titles[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < titles.length && titles[lo][0] <= at;
}

/**
 * The phrases (sorted by position) not inside a longer one ("年底前" in "2024年底前"). Only
 * phrases starting at most one phrase length before can contain one: a bounded look back.
 */
function outermost<T extends FoundDeadline>(dated: readonly T[]): T[] {
  const longest = dated.reduce((n, f) => Math.max(n, f.length), 0);
  return dated.filter((f, i) => {
    for (let j = i - 1; j >= 0 && dated[j].at >= f.at - longest; j--) if (encloses(dated[j], f)) return false;
    for (let j = i + 1; j < dated.length && dated[j].at === f.at; j++) if (encloses(dated[j], f)) return false;
    return true;
  });
}

function encloses(g: FoundDeadline, f: FoundDeadline): boolean {
  return g !== f && g.at <= f.at && f.at + f.length <= g.at + g.length && g.length > f.length;
}

/** The one deadline of a piece of text, or null. */
export function findDeadline(text: string, refDate: string): FoundDeadline | null {
  return findDeadlines(text, refDate)[0] ?? null;
}
