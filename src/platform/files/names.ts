import { MAX_FILE_NAME } from './types.ts';

// A surrogate half without its partner: not encodable as UTF-8 (encodeURIComponent throws on one).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls, DEL and the C1 controls: CR and LF among them would split a header.
const isControl = (c: string) => {
  const cp = c.codePointAt(0)!;
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f);
};

/**
 * A file name as kept and sent: well-formed, without control characters, at most MAX_FILE_NAME
 * characters (code points, so a cut never halves one) with a short extension kept.
 */
export function cleanFileName(name: string): string {
  const chars = [
    ...[...name.replace(LONE_SURROGATE, '\uFFFD')]
      .filter((c) => !isControl(c))
      .join('')
      .trim(),
  ];
  if (chars.length <= MAX_FILE_NAME) return chars.join('');
  const dot = chars.lastIndexOf('.');
  const ext = dot > 0 && chars.length - dot <= 10 ? chars.slice(dot) : [];
  return [...chars.slice(0, MAX_FILE_NAME - ext.length), ...ext].join('');
}
