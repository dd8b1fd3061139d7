/**
 * The parser module: from a speech or an official document to a task outline — the
 * first draft of a decomposition table (任务分解表) that a person reviews and publishes.
 *
 *   const { text } = await readDocument(bytes, 'speech.docx');
 *   const outline = parseDocument(text, { refDate: '2024-03-01', units });
 *
 * See docs/parser.md for how it works and the decisions behind it.
 */
export { parseDocument } from './domain/parse.ts';
export { readDocument, decodeText, MAX_BYTES, type DocumentFormat, type ReadResult } from './read-document.ts';
export { ParseInputError, parserMessages, type Locale, type ParseInputErrorCode } from './domain/errors.ts';
export { findDeadline, findDeadlines } from './domain/deadline.ts';
export { findUnits } from './domain/units.ts';
export { parseInWorker, type WorkerLimits } from './worker/parse-in-worker.ts';
export { MAX_ITEMS, MAX_TEXT_CHARS } from './worker/limits.ts';
export type { Deadline, Item, ItemKind, ItemSpans, ParseOptions, ParseResult, Span } from './domain/types.ts';

import type { Item, ParseResult } from './domain/types.ts';

/**
 * The JSON object `luoshi parse --json` prints: `title` and `items` as the contract says
 * (items carry the optional `spans` field too), plus the front matter found.
 */
export function toContractJson(r: ParseResult): {
  title: string | null;
  date: string | null;
  issuer: string | null;
  salutation: string | null;
  closing: string | null;
  items: Item[];
} {
  return { title: r.title, date: r.date, issuer: r.issuer, salutation: r.salutation, closing: r.closing, items: r.items };
}
