/**
 * Text whose paragraph breaks were lost: a copy from a document-sharing site or a PDF
 * without line structure puts a whole page on one line —
 * "一、目标任务 (一)党务知识竞赛(完成时限:2023年4月30日前) (二)…… 二、……" — and the only
 * marker-like thing at a line start is the site's page number ("1、", "2、").
 *
 * The rule: a long line that carries several markers of one ordered sequence (一、 then
 * 二、, (一) then (二), 1. then 2.; 一、 and 1. after a clause boundary) lost its breaks; it is
 * split before each marker of such a run. One mention of "（一）" in prose is not a run,
 * "一、二季度" has no boundary before its 二、, "第（一）、（二）项" leaves no item after (一).
 * In a document with such lines, the page numbers go: a line that is only "3、", and a
 * line-initial "3、" on a line that goes on to carry higher-ranked markers (一、 inside a
 * 1、 item cannot be), and a page that begins mid-sentence continues the page before.
 *
 * One regex pass per line plus constant work per candidate: linear in the text.
 */
import { markerAt, STRUCTURAL_RANK, type Family, type Marker } from './numbering.ts';

/** Families whose runs reveal lost breaks (the in-paragraph ones — 一是, （1）, ① — are findInlineRun's). */
const SPLIT_FAMILIES = new Set<Family>(['cnDun', 'cnParen', 'arabicDot']);

// A marker candidate: 一、 and 1. after a clause boundary (start, blank, sentence or clause end,
// a closing bracket, a colon — tested in code, so the regex can scan for its first character);
// a bracketed (一) anywhere, brackets being a boundary of their own.
const CANDIDATE = /[一二三四五六七八九十]{1,3}\s*[、．.]|[0-9０-９]{1,2}\s*[.．、]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]/g;
const BOUNDARY = /[\s\u3000。；;！!？?）)：:]/;

/** A line shorter than this is an ordinary paragraph whatever it holds. */
const MIN_LINE = 40;
/** A piece after a split must hold at least this many characters after its marker. */
const MIN_PIECE = 2;

const PAGE_ONLY = /^[0-9０-９]{1,3}\s*[、.．]$/;
const PAGE_PREFIX = /^[0-9０-９]{1,3}\s*[、.．]\s*/;
const SENTENCE_END = /[。！？!?；;：:]$/;
// The document's title at the head of a run-on first line: "X县……清单 为推动……".
const TITLE_HEAD =
  /^(.{2,60}?(?:讲话|方案|要点|通知|意见|办法|规定|细则|规划|计划|决定|纲要|清单|分解表|安排|总结|通报|指引|措施|任务表|台账))[\s\u3000]+(?=\S)/;
const HEADING_BLANK = /^[\u4e00-\u9fa5]{2,20}(?=[\s\u3000]+[\u4e00-\u9fa5])/;
const BLANK_BREAK = /(?<=[）)。！？!?；;])[\s\u3000]+(?=[\u4e00-\u9fa5])/;

interface Candidate extends Marker {
  at: number;
}

/** Marker candidates of a line from `from` on, without those too short to be an item ("（一）（二）项所列"). */
function candidates(line: string, from: number): Candidate[] {
  const cs: Candidate[] = [];
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(line); m !== null; m = CANDIDATE.exec(line)) {
    const bracket = line[m.index] === '（' || line[m.index] === '(';
    const mk = bracket || m.index === 0 || BOUNDARY.test(line[m.index - 1]) ? markerAt(line, m.index) : null;
    if (mk !== null && SPLIT_FAMILIES.has(mk.family)) {
      cs.push({ ...mk, at: m.index });
      CANDIDATE.lastIndex = m.index + mk.text.length;
    } else CANDIDATE.lastIndex = m.index + 1;
  }
  return cs.filter((c, i) => (i + 1 < cs.length ? cs[i + 1].at : line.length) - (c.at + c.length) >= MIN_PIECE);
}

/**
 * Which candidates are markers, over the whole document in order: those in a run (ordinal k
 * then k+1 of one family, on one line or across lines), and an ordinal 1 right after a marker
 * of a higher rank (a section's first child: "二、保障措施 (一)加强组织领导。").
 */
function accepted(perLine: readonly Candidate[][]): boolean[][] {
  const flat = perLine.flat();
  const ok = new Array<boolean>(flat.length).fill(false);
  const lastOf = new Map<Family, number>();
  for (let i = 0; i < flat.length; i++) {
    const p = lastOf.get(flat[i].family);
    if (p !== undefined && flat[i].ordinal === flat[p].ordinal + 1) ok[p] = ok[i] = true;
    lastOf.set(flat[i].family, i);
  }
  let prev: Candidate | null = null;
  for (let i = 0; i < flat.length; i++) {
    if (!ok[i] && prev !== null && flat[i].ordinal === 1 && STRUCTURAL_RANK[prev.family]! < STRUCTURAL_RANK[flat[i].family]!) ok[i] = true;
    if (ok[i]) prev = flat[i];
  }
  const out: boolean[][] = [];
  let k = 0;
  for (const cs of perLine) out.push(cs.map(() => ok[k++]));
  return out;
}

/** A line-initial "3、" that is a page number: the line goes on to carry markers that outrank it. */
function pagePrefix(line: string): number {
  const m = PAGE_PREFIX.exec(line);
  if (!m) return 0;
  const own = markerAt(line);
  if (own === null || own.family !== 'arabicDot') return 0;
  return candidates(line, m[0].length).some((c) => STRUCTURAL_RANK[c.family]! < STRUCTURAL_RANK.arabicDot!) ? m[0].length : 0;
}

function pageNumber(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, ''));
}

export interface Relayout {
  lines: string[];
  /** For each output line, the index of the input line it came from (the first, when joined). */
  from: number[];
}

/** Trimmed lines in, lines with run-on lines split at their markers out (unchanged when there are none). */
export function splitRunOnLines(lines: readonly string[]): Relayout {
  // The cheap test first: no long line holds two candidates after its start — nothing to split.
  if (!lines.some((l) => l.length >= MIN_LINE && candidates(l, 1).length >= 2)) return { lines: lines.slice(), from: lines.map((_, i) => i) };
  const prefix = lines.map((l) => (l.length >= MIN_LINE ? pagePrefix(l) : 0));
  const found = lines.map((l, i) => candidates(l, prefix[i]));
  const ok = accepted(found);
  // A run-on line: long, with at least two markers after its start.
  const runOn = lines.map((l, i) => l.length >= MIN_LINE && found[i].filter((c, k) => ok[i][k] && c.at > prefix[i]).length >= 2);
  if (!runOn.some(Boolean)) return { lines: lines.slice(), from: lines.map((_, i) => i) };

  // 1. Page numbers go; a page that begins mid-sentence continues the run-on line before it.
  const joined: string[] = [];
  const joinedFrom: number[] = [];
  let open = false; // the last joined line is run-on text that did not end a sentence
  let page = 0; // the last page number seen
  for (let i = 0; i < lines.length; i++) {
    let cut = prefix[i];
    const n = PAGE_PREFIX.exec(lines[i]);
    if (n && (cut > 0 || (page > 0 && pageNumber(n[0]) === page + 1))) {
      cut = n[0].length;
      page = pageNumber(n[0]);
    }
    const l = lines[i].slice(cut);
    if (PAGE_ONLY.test(l)) page = pageNumber(l);
    if (l === '' || PAGE_ONLY.test(l)) continue;
    if (open && markerAt(l) === null) joined[joined.length - 1] += l;
    else {
      joined.push(l);
      joinedFrom.push(i);
    }
    // In such a copy a long line is a page: unless it ended a sentence, the next line goes on with it.
    open = (runOn[i] || cut > 0 || open || l.length >= MIN_LINE) && !SENTENCE_END.test(l);
  }

  // 2. Split the lines before their markers (and the title off the first one).
  const perLine = joined.map((l) => candidates(l, 0));
  const marks = accepted(perLine);
  const out: string[] = [];
  const from: number[] = [];
  const push = (s: string, i: number) => {
    const t = s.trim();
    if (t !== '') {
      out.push(t);
      from.push(i);
    }
  };
  for (let k = 0; k < joined.length; k++) {
    const l = joined[k];
    const points = perLine[k].filter((c, j) => marks[k][j] && c.at > 0).map((c) => c.at);
    if (points.length === 0) {
      push(l, joinedFrom[k]);
      continue;
    }
    let head = l.slice(0, points[0]);
    const title = out.length === 0 ? TITLE_HEAD.exec(head) : null;
    if (title) {
      push(title[1], joinedFrom[k]);
      head = head.slice(title[0].length);
    }
    // A blank after a closing bracket or a sentence's end was a line break too, and so was one
    // right after a heading ("三、加强作风建设 深入开展……").
    const pushPiece = (piece: string) => {
      const mk = markerAt(piece);
      const heading = mk === null ? null : HEADING_BLANK.exec(piece.slice(mk.length));
      const cut = heading === null ? 0 : mk!.length + heading[0].length;
      if (cut > 0) push(piece.slice(0, cut), joinedFrom[k]);
      for (const part of piece.slice(cut).split(BLANK_BREAK)) push(part, joinedFrom[k]);
    };
    pushPiece(head);
    for (let p = 0; p < points.length; p++) pushPiece(l.slice(points[p], p + 1 < points.length ? points[p + 1] : l.length));
  }
  return { lines: out, from };
}
