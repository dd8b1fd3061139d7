/**
 * From raw text to the cleaned text every offset refers to.
 *
 * The cleaned text is the document's own lines, trimmed, one per line, in order, with
 * noise lines (see noise.ts) and pre-title junk (see front-matter.ts) left out and blank
 * lines dropped. Keeping lines whole (rather than rewriting them) means a UI can show
 * the cleaned text and highlight spans in it without surprises.
 */
import { findFrontMatter, type FrontMatter } from './front-matter.ts';
import { lineNoise, runningHeaders, trimLine } from './noise.ts';
import { splitRunOnLines } from './layout.ts';
import { joinWraps } from './wraps.ts';

export interface BodyParagraph {
  /** Offsets into the cleaned text; text === cleanedText.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** An attachment's title line (front-matter.ts): where the title starts on it. */
  part?: number;
}

export interface CleanDocument {
  cleanedText: string;
  front: FrontMatter;
  /** The body: paragraphs that are neither noise nor front/back matter. */
  paragraphs: BodyParagraph[];
}

/** Normalise line breaks and strip characters that have no business in text. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\ufeff/, '')
    .replace(/\r\n?|\u2028|\u2029|\u000b|\u0085/g, '\n')
    .replace(/\u000c/g, '\n\u000c')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '');
}

export function cleanDocument(raw: string): CleanDocument {
  const rawLines = normaliseText(raw).split('\n');
  // Lines that lost their breaks are split at their markers first (layout.ts).
  const relaid = splitRunOnLines(rawLines.map(trimLine));
  // A form feed starts a page: remember where, for the running-header test.
  const pageBreaks = new Set<number>();
  for (let i = 0; i < relaid.from.length; i++) {
    const from = relaid.from[i];
    if (rawLines[from].startsWith('\u000c') && (i === 0 || relaid.from[i - 1] !== from)) pageBreaks.add(i);
  }
  const lines = joinWraps(relaid.lines);
  const headers = runningHeaders(lines, pageBreaks);
  const content: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lineNoise(lines[i]) === null && !headers.has(lines[i])) content.push(i);
  }
  // A running header that is also the title (some PDFs repeat it on each page): keep its first showing.
  if (headers.size > 0) {
    const firstContent = content.length > 0 ? content[0] : lines.length;
    for (let i = 0; i < Math.min(lines.length, firstContent); i++) {
      if (headers.has(lines[i])) {
        content.unshift(i);
        break;
      }
    }
  }
  const front = findFrontMatter(lines, content);

  let cleanedText = '';
  const offsetOf = new Map<number, number>();
  for (const i of content) {
    if (front.dropped.has(i)) continue;
    if (cleanedText.length > 0) cleanedText += '\n';
    offsetOf.set(i, cleanedText.length);
    cleanedText += lines[i];
  }
  const paragraphs: BodyParagraph[] = [];
  for (const i of content) {
    if (front.dropped.has(i) || front.meta.has(i)) continue;
    const start = offsetOf.get(i)!;
    let text = lines[i];
    if (i === front.closingLine && front.closingTail > 0) text = trimLine(text.slice(0, text.length - front.closingTail));
    if (text === '') continue;
    const part = front.parts.get(i);
    paragraphs.push(part === undefined ? { start, end: start + text.length, text } : { start, end: start + text.length, text, part });
  }
  return { cleanedText, front, paragraphs };
}
