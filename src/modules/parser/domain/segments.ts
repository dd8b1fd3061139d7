/**
 * Body paragraphs → segments: the pieces the outline is built from. A paragraph is one
 * segment, except that an enumeration inside it ("……：一是……；二是……") splits it into
 * the lead and one segment per member. Sequence markers at the start of a paragraph are
 * only believed when they form a sequence with the paragraphs after them.
 */
import type { BodyParagraph } from './clean.ts';
import { countAnnounced, findCountedClauses, findInlineRun, isStructural, LAST, markerAt, type Marker } from './numbering.ts';

export interface Segment {
  /** Offsets into the cleaned text. */
  start: number;
  end: number;
  text: string;
  marker: Marker | null;
  /**
   * para: a paragraph (or a member of an enumeration that starts the paragraph: it
   * behaves like one); member: a member of an enumeration after a lead in the same
   * paragraph, a child of that lead.
   */
  role: 'para' | 'member';
  /** For members: the lead's text, which says what the enumeration is. */
  leadText: string | null;
  /** The paragraph opens with an address to the audience ("同志们，……"): a new part of the speech. */
  vocative: boolean;
  /** An attachment's title ("附件" / "X方案"): a new part of the document; where the title starts. */
  part?: number;
}

const VOCATIVE = /^(同志们|同事们|各位(领导|同志))[，,！!]/;

function trimEnd(text: string): number {
  let n = text.length;
  while (n > 0 && /[\s\u3000]/.test(text[n - 1])) n--;
  return n;
}

export function toSegments(paragraphs: readonly BodyParagraph[]): Segment[] {
  const out: Segment[] = [];
  for (const p of paragraphs) {
    if (p.part !== undefined) {
      out.push({ start: p.start, end: p.end, text: p.text, marker: null, role: 'para', leadText: null, vocative: false, part: p.part });
      continue;
    }
    const vocative = VOCATIVE.test(p.text);
    let run = findInlineRun(p.text);
    if (run.length < 2) run = findCountedClauses(p.text);
    if (run.length < 2) {
      out.push({ start: p.start, end: p.end, text: p.text, marker: markerAt(p.text), role: 'para', leadText: null, vocative });
      continue;
    }
    const atStart = run[0].at === 0;
    if (!atStart) {
      const leadEnd = trimEnd(p.text.slice(0, run[0].at));
      const leadText = p.text.slice(0, leadEnd);
      out.push({ start: p.start, end: p.start + leadEnd, text: leadText, marker: markerAt(leadText), role: 'para', leadText: null, vocative });
    }
    for (let i = 0; i < run.length; i++) {
      const from = run[i].at;
      const to = i + 1 < run.length ? run[i + 1].at : p.text.length;
      const len = trimEnd(p.text.slice(from, to));
      const { at: _at, ...marker } = run[i];
      out.push({
        start: p.start + from,
        end: p.start + from + len,
        text: p.text.slice(from, from + len),
        marker,
        role: atStart ? 'para' : 'member',
        leadText: atStart ? null : p.text.slice(0, run[0].at),
        vocative: atStart && i === 0 && vocative,
      });
    }
  }
  markCountedParagraphs(out);
  return validateSequences(out);
}

/**
 * "重点做好六项工作：" ending a paragraph, then paragraphs each a clause ("要……；"): those
 * paragraphs are the list it announced (as many as announced, or all opening with 要).
 */
function markCountedParagraphs(segs: Segment[]): void {
  for (let i = 0; i < segs.length; i++) {
    const count = segs[i].marker === null && segs[i].role === 'para' ? countAnnounced(segs[i].text) : 0;
    if (count === 0) continue;
    let j = i + 1;
    while (j < segs.length && j - i <= count && segs[j].marker === null && segs[j].role === 'para' && /^要/.test(segs[j].text)) j++;
    if (j - i - 1 < 2) continue;
    for (let k = i + 1; k < j; k++) segs[k] = { ...segs[k], marker: { family: 'clause', ordinal: k - i, text: '', length: 0 } };
    i = j - 1;
  }
}

/** How far ahead (in segments) an ordinal 1 may look for its 2. */
const LOOKAHEAD = 12;

/**
 * Keep a paragraph-level sequence marker only if it continues the current run of its
 * family (ordinal = last + 1, or a repeated ordinal — a common typo) or it is an ordinal 1
 * whose 2 follows before the next structural marker. Others become plain paragraphs:
 * "首先，请X同志传达……" with no 其次 after it is not an enumeration.
 */
function validateSequences(segs: Segment[]): Segment[] {
  const last = new Map<string, number>();
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const m = s.marker;
    if (m === null || s.role === 'member') continue;
    if (isStructural(m.family)) {
      last.clear();
      continue;
    }
    const prev = last.get(m.family);
    let ok = false;
    // Bullets ("——") are all alike: one is a list item when a bullet stands next to it.
    if (m.family === 'dash') {
      if (segs[i - 1]?.marker?.family !== 'dash' && segs[i + 1]?.marker?.family !== 'dash') segs[i] = { ...s, marker: null };
      continue;
    }
    if (prev !== undefined && (m.ordinal === prev + 1 || m.ordinal === prev || (m.ordinal === LAST && prev >= 1))) ok = true;
    else if (m.ordinal === 1) {
      for (let j = i + 1; j < Math.min(segs.length, i + 1 + LOOKAHEAD); j++) {
        const n = segs[j].marker;
        if (n === null || segs[j].role === 'member') continue;
        if (isStructural(n.family)) break;
        if (n.family === m.family && (n.ordinal === 2 || n.ordinal === LAST)) {
          ok = true;
          break;
        }
        if (n.family === m.family && n.ordinal === 1) break;
      }
    }
    if (ok) last.set(m.family, m.ordinal);
    else segs[i] = { ...s, marker: null };
  }
  return segs;
}
