/**
 * Line-level noise: things a copy of a document picks up on its way to us that are
 * not part of what the author wrote — page numbers, running headers, separator rules,
 * "for study only" notices and document-sharing-site advertising.
 *
 * Every test here looks at one line at a time, with anchored, linear regexes, so the
 * cost stays proportional to the text size.
 */

/** Trim ASCII and CJK whitespace (full-width space U+3000, NBSP, BOM, zero-width). */
export function trimLine(s: string): string {
  return s.replace(/^[\s\u3000\u00a0\ufeff\u200b]+|[\s\u3000\u00a0\ufeff\u200b]+$/g, '');
}

// A rule made only of dots, dashes, stars and the like ("··········", "————", "***").
const SEPARATOR = /^[\s·•・.．。…\-—–―_=＝*＊~～#＃※◆◇■□●○★☆|｜/\\]{3,}$/;

// Page numbers in their usual dress: "12", "- 3 -", "— 3 —", "第3页", "第 3 页 共 10 页", "3/10", "Page 3 of 10".
const PAGE_NUMBER = new RegExp(
  [
    '^[-—–－~～\\s]*\\d{1,4}[-—–－~～\\s]*$',
    '^第\\s*\\d{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?$',
    '^共\\s*\\d{1,4}\\s*页\\s*第\\s*\\d{1,4}\\s*页$',
    '^\\d{1,4}\\s*/\\s*\\d{1,4}$',
    '^page\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?$',
  ].join('|'),
  'i',
);

// "仅供学习" and its cousins: distribution notices, copyright and disclaimer lines.
const NOTICE =
  /仅供(学习|参考|交流|内部)|禁止(外传|转载|传播|商用)|请勿(外传|转载|传播|商用)|版权(所有|归|声明)|侵权(必究|删除|请联系)|免责声明|本文(档)?(来源|来自|由).{0,20}(整理|上传|提供)|如有侵权/;

// Advertising vocabulary of document-sharing sites. Only trusted on short lines: a
// real paragraph may well mention "会员" or "平台", an advert line is short and loud.
const AD =
  /(QQ|qq|微信)群|公众号|扫码|二维码|订阅|会员|下载|https?:\/\/|www\.|\.com\b|\.cn\b|淘宝|店铺|客服|举报.{0,6}(倒卖|盗卖)|打击倒卖|立享|原创.{0,4}(资料|文档)|更多.{0,6}(资料|范文)/;

export type NoiseKind = 'blank' | 'separator' | 'pageNumber' | 'notice' | 'advert';

/** The kind of noise a single (trimmed) line is, or null for content. */
export function lineNoise(line: string): NoiseKind | null {
  if (line === '') return 'blank';
  if (line.length <= 200 && SEPARATOR.test(line)) return 'separator';
  if (line.length <= 30 && PAGE_NUMBER.test(line)) return 'pageNumber';
  if (line.length <= 80 && NOTICE.test(line)) return 'notice';
  if (line.length <= 60 && AD.test(line)) return 'advert';
  return null;
}

// A field line ("责任单位：…", "完成时限：…") is content however often it repeats: the same
// unit or deadline under several items is normal in a decomposition table.
const FIELD_LABEL = /^[\u4e00-\u9fa5]{2,8}[：:]/;

/**
 * Running headers and footers repeat at page boundaries: next to a page number, a form
 * feed, or the start/end of the text. A short line seen three times or more is one when
 * most of its showings sit at such a boundary — and it is not a numbered item, a sentence
 * or a field line, which legitimately recur anywhere.
 *
 * `boundaries` lists the indices of lines that end or start a page (page numbers, form
 * feeds); blank lines between do not count as distance.
 */
export function runningHeaders(lines: readonly string[], boundaries: ReadonlySet<number> = new Set()): Set<string> {
  const counts = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.length < 2 || l.length > 40) continue;
    const at = counts.get(l);
    if (at) at.push(i);
    else counts.set(l, [i]);
  }
  // Distance (in non-blank lines) from each line to the nearest boundary, in two linear sweeps.
  const near = nearBoundary(lines, boundaries, 2);
  const out = new Set<string>();
  for (const [l, at] of counts) {
    if (at.length < 3) continue;
    if (/[。！？；!?;：:]$/.test(l)) continue;
    if (FIELD_LABEL.test(l)) continue;
    if (/^([一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[①-⑳]|第[一二三四五六七八九十]+)/.test(l)) continue;
    if (/^(同志们|谢谢)/.test(l)) continue;
    const atBoundary = at.filter((i) => near[i]).length;
    if (atBoundary * 2 < at.length) continue;
    out.add(l);
  }
  return out;
}

/** near[i]: line i is within `reach` non-blank lines of a boundary or of either end of the text. */
function nearBoundary(lines: readonly string[], boundaries: ReadonlySet<number>, reach: number): boolean[] {
  const near = new Array<boolean>(lines.length).fill(false);
  const page = lines.map((l) => l.length <= 30 && PAGE_NUMBER.test(l));
  const sweep = (from: number, to: number, step: number) => {
    let dist = 0; // the text's edge counts as a boundary
    for (let i = from; i !== to; i += step) {
      if (page[i]) {
        dist = 0;
        continue;
      }
      // A form feed opens line i's page: line i is the first of one page, line i-1 the last of another.
      if (step > 0 && boundaries.has(i)) dist = 0;
      if (lines[i] !== '') {
        dist++;
        if (dist <= reach) near[i] = true;
      }
      if (step < 0 && boundaries.has(i)) dist = 0;
    }
  };
  sweep(0, lines.length, 1);
  sweep(lines.length - 1, -1, -1);
  return near;
}
