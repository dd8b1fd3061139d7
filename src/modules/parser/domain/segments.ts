/**
 * Body paragraphs → segments: the pieces the outline is built from. A paragraph is one
 * segment, except that an enumeration inside it ("……：一是……；二是……") splits it into
 * the lead and one segment per member. Sequence markers at the start of a paragraph are
 * only believed when they form a sequence with the paragraphs after them.
 */
import type { BodyParagraph } from './clean.ts';
import { findInlineRun, isStructural, LAST, markerAt, type Marker } from './numbering.ts';

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
    const vocative = VOCATIVE.test(p.text);
    const run = findInlineRun(p.text);
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
  return validateSequences(out);
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
