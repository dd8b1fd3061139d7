/**
 * Lines a copy broke in the middle of a sentence, joined back before anything else reads
 * them. Only two narrow shapes, both common in PDF text and hard to mistake:
 * - a word split across lines: a line of one or two CJK characters with no punctuation after
 *   a line that does not end a clause ("确定北" / "京召开") — a real paragraph that short is
 *   rare and never follows an unfinished clause;
 * - a date that continues a sentence: a long line that does not end a clause, followed by a
 *   line opening with a (possibly spaced) "2018 年 11 月" and going on with more words.
 * Works line by line, so it stays linear.
 */
import { markerAt } from './numbering.ts';

const OPEN_END = /[\u4e00-\u9fa5A-Za-z0-9０-９，,、（(“"]$/;
const SPLIT_WORD = /^[\u4e00-\u9fa5]{1,2}$/;
const STANDALONE = /^(附件|附表|附录|备注|说明|抄送|印发|联系人|电话)$/;
const DATE_START = /^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月(?=.*[\u4e00-\u9fa5].*[\u4e00-\u9fa5])(?!.*日$)/;

/** The lines with wrapped continuations appended to the line they continue (their slot left ''). */
export function joinWraps(lines: readonly string[]): string[] {
  const out = lines.slice();
  const width = wrapWidth(lines);
  let prev = -1; // the line continuations are appended to
  let tail = ''; // the last physical line appended to it (what the wrap tests look at)
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (l === '') {
      prev = -1; // a blank line ends a paragraph
      continue;
    }
    if (prev >= 0 && OPEN_END.test(tail) && markerAt(l) === null) {
      // A heading ("一、加强党建") can be short and unpunctuated: only a long marked line counts.
      const long = markerAt(tail) === null ? 8 : 20;
      const split = SPLIT_WORD.test(l) && !STANDALONE.test(l) && tail.length >= long && !/[，,、]$/.test(tail);
      const date = tail.length >= 20 && DATE_START.test(l);
      // Hard-wrapped text (most long lines share one width): a line that fills the width and
      // does not end a clause goes on in the next ("确定北" / "京召开……").
      const wrapped = width > 0 && tail.length >= width;
      if (split || date || wrapped) {
        out[prev] += l;
        out[i] = '';
        tail = l;
        continue;
      }
    }
    prev = i;
    tail = l;
  }
  return out;
}

/**
 * The width a hard-wrapping copy broke lines at, or 0 when the text is not hard-wrapped: the
 * most common length among lines of 15+ characters, when at least 5 lines and 40% of them
 * have it (a width ± 1, since a closing bracket or full stop may overhang).
 */
function wrapWidth(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    if (l.length < 15) continue;
    long++;
    counts.set(l.length, (counts.get(l.length) ?? 0) + 1);
  }
  let best = 0;
  let bestN = 0;
  for (const [len, n] of counts) {
    const near = n + (counts.get(len + 1) ?? 0);
    if (near > bestN) {
      best = len;
      bestN = near;
    }
  }
  return bestN >= 5 && bestN >= long * 0.4 ? best : 0;
}
