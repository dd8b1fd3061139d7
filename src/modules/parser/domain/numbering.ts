/**
 * Numbering markers: recognising "一、", "（一）", "1.", "（1）", "①", "第一，", "一是",
 * "首先，", "一方面" at the start of a paragraph, and enumerations inside one.
 *
 * Two sorts of marker:
 * - structural markers (一、 （一） 1. （1） ①) have a conventional rank — the order
 *   official documents nest them in (GB/T 9704 and common practice) — and are trusted
 *   wherever they start a paragraph;
 * - sequence markers (第一 一是/一要 首先 一方面) are ordinary words too ("首先，请……",
 *   "第一时间"), so they only count as numbering when they form a sequence: an ordinal 1
 *   followed by a 2 (see outline.ts for paragraphs, findInlineRun for inside a paragraph).
 */

export type Family =
  | 'cnDun' // 一、
  | 'cnParen' // （一）
  | 'arabicDot' // 1.  1、 1．
  | 'arabicParen' // （1） 1） ⑴
  | 'circled' // ①
  | 'di' // 第一，
  | 'yishi' // 一是 一要 (mixed freely: speakers write "三是……" then "四要……")
  | 'shouxian' // 首先 其次 再次 最后
  | 'fangmian' // 一方面 另一方面
  | 'dash' // —— a bullet
  | 'clause'; // an unnumbered clause of a counted list ("重点做好六项工作：要……；要……"): marker text ""

export interface Marker {
  family: Family;
  /** 1-based; "最后" is LAST. */
  ordinal: number;
  /** The marker as written, without trailing blanks ("一、", "（二）", "一要", "第一，"). */
  text: string;
  /** Characters from the marker's start to where its content starts (marker + blanks). */
  length: number;
}

export const LAST = 99;

/** Conventional nesting rank of structural families; sequence families have none. */
export const STRUCTURAL_RANK: Partial<Record<Family, number>> = {
  cnDun: 1,
  cnParen: 2,
  arabicDot: 3,
  arabicParen: 4,
  circled: 5,
};

export function isStructural(f: Family): boolean {
  return STRUCTURAL_RANK[f] !== undefined;
}

const CN = '[一二三四五六七八九十]{1,3}';
const CN_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一..九十九 → 1..99; anything else → 0. */
export function chineseNumeral(s: string): number {
  if (s === '十') return 10;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? (CN_VALUE[s] ?? 0) : 0;
  const tens = i === 0 ? 1 : (CN_VALUE[s.slice(0, i)] ?? 0);
  const ones = i === s.length - 1 ? 0 : (CN_VALUE[s.slice(i + 1)] ?? 0);
  if (s.length > 3 || tens === 0 || (i < s.length - 1 && ones === 0)) return 0;
  return tens * 10 + ones;
}

function arabic(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const BLANKS = /^[\s\u3000]*/;

interface Rule {
  family: Family;
  re: RegExp;
  ordinal: (m: RegExpExecArray) => number;
}

// Order matters: "（一）" before "（1）", "一、" before "一是", "另一方面" before anything.
const RULES: Rule[] = [
  { family: 'fangmian', re: /^(另一方面|一方面)[，,、：:]?/, ordinal: (m) => (m[1] === '一方面' ? 1 : 2) },
  { family: 'cnParen', re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)][、，,.．]?`), ordinal: (m) => chineseNumeral(m[1]) },
  { family: 'arabicParen', re: /^[（(]\s*([0-9０-９]{1,2})\s*[）)][、，,.．]?/, ordinal: (m) => arabic(m[1]) },
  { family: 'arabicParen', re: /^([0-9０-９]{1,2})[）)][、，,.．]?/, ordinal: (m) => arabic(m[1]) },
  { family: 'arabicParen', re: /^([⑴-⒇])/, ordinal: (m) => m[1].charCodeAt(0) - 0x2474 + 1 },
  { family: 'circled', re: /^([①-⑳])[、，,.．]?/, ordinal: (m) => m[1].charCodeAt(0) - 0x2460 + 1 },
  // "1." but not "1.5" or "2019."; the dot may be full-width. "1.9月底前完成……" is item 1
  // starting with a date, though: digits after the dot that make a month or a year count.
  { family: 'arabicDot', re: /^([0-9０-９]{1,2})\s*(?:[.．、]|[.．]{2})(?![.．])(?![0-9０-９](?![0-9０-９]*\s*[年月]))/, ordinal: (m) => arabic(m[1]) },
  { family: 'cnDun', re: new RegExp(`^(${CN})\\s*[、．.]`), ordinal: (m) => chineseNumeral(m[1]) },
  { family: 'di', re: new RegExp(`^第(${CN})(是|[，,、：:])`), ordinal: (m) => chineseNumeral(m[1]) },
  { family: 'yishi', re: new RegExp(`^(${CN})(是|要|则|来)`), ordinal: (m) => chineseNumeral(m[1]) },
  // "——加强理论学习": a bullet. Every bullet is ordinal 1; a run of them is a list (segments.ts).
  { family: 'dash', re: /^(?:——|－－)(?![—－])/, ordinal: () => 1 },
  {
    family: 'shouxian',
    re: /^(首先|其次|再次|最后)[，,、：:]?/,
    ordinal: (m) => ({ 首先: 1, 其次: 2, 再次: 3 })[m[1] as '首先'] ?? LAST,
  },
];

const MARKER_FIRST = /[一二三四五六七八九十（(0-9０-９⑴-⒇①-⑳第首其再最另—－]/;

/** The marker at position `at` of `text`, or null. Never looks further than ~12 characters. */
export function markerAt(text: string, at = 0): Marker | null {
  // Every marker opens with one of these: most paragraphs are ruled out without a regex.
  if (!MARKER_FIRST.test(text[at] ?? '')) return null;
  const head = text.slice(at, at + 16);
  for (const rule of RULES) {
    const m = rule.re.exec(head);
    if (!m) continue;
    const ordinal = rule.ordinal(m);
    if (!(ordinal >= 1)) continue;
    // A marker with nothing after it on the line is not an item ("一、" alone is a typo).
    const blanks = BLANKS.exec(head.slice(m[0].length))![0].length;
    if (at + m[0].length + blanks >= text.length) continue;
    return { family: rule.family, ordinal, text: m[0], length: m[0].length + blanks };
  }
  return null;
}

export interface InlineMarker extends Marker {
  /** Offset of the marker inside the paragraph. */
  at: number;
}

// Candidates inside a paragraph: a sequence marker right after a clause boundary.
const INLINE = new RegExp(
  `(?:^|(?<=[。；;：:！？!?，,\\s]))(?:另一方面|一方面|第${CN}(?:是|[，,、：:])|${CN}(?:是|要)|首先|其次|再次|最后|[（(][0-9０-９]{1,2}[）)]|[①-⑳]|[⑴-⒇])`,
  'g',
);
const INLINE_FAMILIES = new Set<Family>(['fangmian', 'di', 'yishi', 'shouxian', 'arabicParen', 'circled']);

/**
 * The enumeration inside a paragraph: the earliest run "ordinal 1, 2, 3…" of one family
 * with at least two members, e.g. "……：一是抓学习；二是抓作风；三是……". Returns []
 * when there is none. One pass over the paragraph, then a linear walk per family.
 */
export function findInlineRun(text: string): InlineMarker[] {
  const byFamily = new Map<Family, InlineMarker[]>();
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(text); m !== null; m = INLINE.exec(text)) {
    const mk = markerAt(text, m.index);
    if (mk === null || !INLINE_FAMILIES.has(mk.family)) continue;
    const list = byFamily.get(mk.family) ?? [];
    list.push({ ...mk, at: m.index });
    byFamily.set(mk.family, list);
    INLINE.lastIndex = m.index + Math.max(1, mk.text.length);
  }
  let best: InlineMarker[] = [];
  for (const list of byFamily.values()) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].ordinal !== 1) continue;
      if (best.length >= 2 && best[0].at < list[i].at) break;
      const run = [list[i]];
      for (let j = i + 1; j < list.length; j++) {
        const last = run[run.length - 1].ordinal;
        const o = list[j].ordinal;
        if (o === last + 1 || (o === LAST && last >= 1)) run.push(list[j]);
        else if (o === 1) break;
        if (o === LAST) break;
      }
      if (run.length >= 2 && (best.length < 2 || run[0].at < best[0].at)) best = run;
      if (run.length >= 2) break;
    }
  }
  return best;
}

// "重点做好六项工作：", "主要抓好以下三个方面：": a count of what follows, then a colon.
const COUNT = /([一二三四五六七八九十两]{1,3}|[0-9０-９]{1,2})(?:项|个方面|方面|条|件|点)(?:重点|主要)?(?:工作|任务|措施|要求|事情|内容)?[：:]/g;

const SEMI = /[；;]/g;

/** The count a lead announces at `at`'s colon, or 0. */
function countBefore(m: RegExpExecArray): number {
  const c = m[1];
  return /^[0-9０-９]+$/.test(c) ? arabic(c) : c === '两' ? 2 : chineseNumeral(c);
}

/**
 * Unnumbered clauses announced by a count: "……重点做好六项工作：要加强学习；要改进作风；……".
 * After the (first) counting colon, the clauses split at "；"; they are a list when there are at
 * least two and either as many as announced or all starting with 要. Marker text "" (they
 * are unnumbered), ordinals 1, 2, 3 in order.
 */
export function findCountedClauses(text: string): InlineMarker[] {
  COUNT.lastIndex = 0;
  const m = COUNT.exec(text);
  if (m === null) return [];
  const count = countBefore(m);
  const out: InlineMarker[] = [];
  let at = m.index + m[0].length;
  while (at < text.length) {
    while (at < text.length && /[\s\u3000]/.test(text[at])) at++;
    if (at >= text.length) break;
    out.push({ family: 'clause', ordinal: out.length + 1, text: '', length: 0, at });
    SEMI.lastIndex = at;
    const semi = SEMI.exec(text);
    if (semi === null) break;
    at = semi.index + 1;
  }
  const allYao = out.every((c) => text[c.at] === '要');
  return out.length >= 2 && (out.length === count || allYao) ? out : [];
}

/** A paragraph that ends announcing a count of what follows ("重点做好六项工作："): the count, or 0. */
export function countAnnounced(text: string): number {
  COUNT.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = COUNT.exec(text); m !== null; m = COUNT.exec(text)) last = m;
  return last !== null && last.index + last[0].length === text.length ? countBefore(last) : 0;
}
