/**
 * How much a single parse may take on. The parser is linear, but a 72 KB .docx can expand
 * to 20 MB of paragraphs and an outline of that size is useless to review and costly to
 * send: refuse it with a code that names the limit.
 */
import { ParseInputError } from '../domain/errors.ts';
import type { Item, ParseOptions } from '../domain/types.ts';

/** Characters of text (after reading the document) one parse accepts. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Items (at every level) one outline may hold. */
export const MAX_ITEMS = 5_000;
/** Wall time and heap one parse may use before its worker is stopped. */
export const PARSE_TIME_LIMIT_MS = 30_000;
export const PARSE_HEAP_LIMIT_MB = 512;

export interface WorkerInput {
  text?: string;
  bytes?: Uint8Array;
  name?: string;
  options: ParseOptions;
}

export function checkTextLength(text: string): void {
  if (text.length > MAX_TEXT_CHARS) throw new ParseInputError('parser.textTooLong');
}

export function checkItemCount(items: readonly Item[]): void {
  let n = 0;
  const stack = [...items];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (++n > MAX_ITEMS) throw new ParseInputError('parser.tooManyItems');
    stack.push(...i.children);
  }
}
