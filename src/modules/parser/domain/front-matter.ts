/**
 * The parts of a document around its body: title, date, issuer, salutation ("同志们："),
 * closing ("谢谢大家！") and signature. Finding the title also tells us where the
 * document starts: whatever comes before it is not the author's (advertising, a site's
 * name, a download banner) unless it looks like an official document header
 * (发文机关标志, 文号, 密级), which we keep.
 *
 * Works on line indexes; the caller decides what to do with the lines.
 */

const SALUTATION = /^((各位|尊敬的)[^：:。]{0,24}[，,、])?(同志们|同事们|朋友们|各位(领导|同志|同事|代表|委员|嘉宾))([，,、][^：:。]{0,24})?[：:]$/;
// A 主送 line in an official document: "各区县委组织部，市直各单位：".
const ADDRESSEES = /^各[^。！？]{1,60}[：:]$/;

const TITLE_SUFFIX =
  /(讲话|发言|致辞|报告|方案|要点|通知|意见|办法|规定|细则|批示|规划|计划|决定|纲要|清单|分解表|安排|总结|纪要|通报|指引|指南|措施|任务表|台账|函)(（[^）]{0,30}）|\([^)]{0,30}\))?$/;
const SENTENCE_END = /[。！？!?；;]$/;
const MARKER_START = /^([一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[①-⑳]|第[一二三四五六七八九十]+[，,、])/;

const DIGIT = '[0-9０-９〇零一二三四五六七八九十]';
export const DATE_LINE = new RegExp(`^[（(]?\\s*(${DIGIT}{4})\\s*年\\s*(${DIGIT}{1,3})\\s*月\\s*(${DIGIT}{1,3})\\s*日\\s*(印发|发布)?\\s*[)）]?$`);
const SUBTITLE = /^[—─-]{1,2}/;
// The head of an official document and other header elements worth keeping.
const OFFICIAL_HEADER =
  /文件$|〔\d{4}〕|\[\d{4}\]|［\d{4}］|^(密级|秘密|机密|绝密|特急|加急|紧急)|^\d{6}$|(委员会|党委|党组|政府|办公室|办公厅|组织部|人民政府)$/;
const UNIT_END = /(委员会|党委|党组|政府|办公室|办公厅|组织部|宣传部|统战部|纪委|监委|局|厅|委|办|部|院|中心|工委)$/;
const SIGNOFF = /^(谢谢(大家|各位)?|我的讲话(完毕|就到这里)|我就讲(这些|这么多)|就讲(这些|这么多|到这里))[！!。.]?$/;
const SIGNOFF_TAIL = /(我的讲话完毕[，,]?)?谢谢(大家|各位)[！!。]?$/;
// …and "（此件公开发布）", the publication note under a State Council signature.
const FOOTER = /^(抄送|印发|主题词|联系人|联系电话|附件\d*)[：:\s]|^附件$|印发$|^[（(]此件[^）)]{1,12}[）)]$/;

export interface FrontMatter {
  /** Lines before the title that are not the author's: removed from the text. */
  dropped: Set<number>;
  /** Lines that belong to the front/back matter and are not body paragraphs. */
  meta: Set<number>;
  titleLines: number[];
  title: string | null;
  date: string | null;
  issuer: string | null;
  salutationLine: number | null;
  closingLine: number | null;
  /** When the closing is the tail of the last paragraph: its length in characters. */
  closingTail: number;
  closing: string | null;
  salutation: string | null;
  /**
   * Attachments after a cover notice ("附件" / "X方案" after the notice's signature): the line
   * holding each attachment's title, and where on it the title starts (after "附件："). The
   * notice's own items and the attachment's stay apart (parse.ts).
   */
  parts: Map<number, number>;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "2024" / "二〇二四" / "十二" / "３" → number. */
export function numberFromDigits(s: string): number {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (tens ? (CN_DIGITS[tens] ?? 1) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
  }
  let n = 0;
  for (const c of s) n = n * 10 + (CN_DIGITS[c] ?? 0);
  return n;
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function dateOfLine(line: string): string | null {
  const m = DATE_LINE.exec(line);
  return m ? isoDate(numberFromDigits(m[1]), numberFromDigits(m[2]), numberFromDigits(m[3])) : null;
}

function titleLike(line: string): boolean {
  return line.length >= 2 && line.length <= 80 && !SENTENCE_END.test(line) && !MARKER_START.test(line);
}

/** A short line naming a unit or a person, as under a title or above a date. */
function issuerLike(line: string, bareName = false): boolean {
  if (line.length > 30 || /[。！？；：:，,]/.test(line) || MARKER_START.test(line)) return false;
  if (UNIT_END.test(line)) return true;
  // "X市委书记 张三": a position, a space, a 2-4 character name.
  if (/^[\u4e00-\u9fa5、A-Za-z0-9（）]{2,24}[\s\u3000]+[\u4e00-\u9fa5]{2,4}$/.test(line)) return true;
  // A bare name is only believable in a signature, right above the date.
  return bareName && /^[\u4e00-\u9fa5]{2,4}$/.test(line);
}

/**
 * @param lines trimmed lines
 * @param content indexes of lines that are not noise, in order
 */
export function findFrontMatter(lines: readonly string[], content: readonly number[]): FrontMatter {
  const fm: FrontMatter = {
    dropped: new Set(),
    meta: new Set(),
    titleLines: [],
    title: null,
    date: null,
    issuer: null,
    salutationLine: null,
    closingLine: null,
    closingTail: 0,
    closing: null,
    salutation: null,
    parts: new Map(),
  };
  if (content.length === 0) return fm;

  // 1. The salutation, if any, sits just under the title (and its date/speaker lines).
  let salutationPos = -1;
  for (let p = 0; p < Math.min(content.length, 40); p++) {
    if (lines[content[p]].length <= 40 && SALUTATION.test(lines[content[p]])) {
      salutationPos = p;
      break;
    }
  }
  let titlePos = -1;
  if (salutationPos > 0) {
    for (let p = salutationPos - 1; p >= 0; p--) {
      const l = lines[content[p]];
      if (DATE_LINE.test(l) || SUBTITLE.test(l) || (issuerLike(l) && !TITLE_SUFFIX.test(l) && p > 0)) continue;
      if (titleLike(l)) titlePos = p;
      break;
    }
  }
  // 2. Otherwise the first line in the head that names a kind of document.
  if (titlePos < 0) {
    for (let p = 0; p < Math.min(content.length, 30); p++) {
      const l = lines[content[p]];
      if (titleLike(l) && TITLE_SUFFIX.test(l) && !OFFICIAL_HEADER.test(l)) {
        titlePos = p;
        break;
      }
    }
  }
  // 3. Otherwise a short first line that is not a sentence, nor the addressees of a text copied without its title.
  const first = lines[content[0]];
  if (titlePos < 0 && titleLike(first) && first.length <= 40 && !DATE_LINE.test(first) && !ADDRESSEES.test(first)) {
    titlePos = 0;
  }

  let bodyFrom = 0;
  if (titlePos >= 0) {
    let first = titlePos;
    // A title broken over two lines: "关于印发《……》" / "的通知".
    if (first > 0) {
      const prev = lines[content[first - 1]];
      const cur = lines[content[first]];
      if (titleLike(prev) && !OFFICIAL_HEADER.test(prev) && (/^(关于|在)/.test(prev) || /^的/.test(cur))) first--;
    }
    fm.titleLines = content.slice(first, titlePos + 1);
    fm.title = fm.titleLines.map((i) => lines[i]).join('');
    for (const i of fm.titleLines) fm.meta.add(i);
    for (let p = 0; p < first; p++) {
      const l = lines[content[p]];
      if (OFFICIAL_HEADER.test(l) || DATE_LINE.test(l)) {
        fm.meta.add(content[p]);
        if (fm.issuer === null && /文件$/.test(l)) fm.issuer = l.replace(/\s*文件$/, '');
      } else {
        fm.dropped.add(content[p]);
      }
    }
    bodyFrom = titlePos + 1;
    // Date, speaker, subtitle lines right under the title.
    const stop = salutationPos > titlePos ? salutationPos : Math.min(content.length, titlePos + 4);
    for (let p = titlePos + 1; p < stop; p++) {
      const l = lines[content[p]];
      const d = dateOfLine(l);
      if (d !== null || /^[（(].{0,40}[)）]$/.test(l)) {
        if (d !== null) fm.date ??= d;
        else {
          const inner = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(l);
          if (inner) fm.date ??= isoDate(+inner[1], +inner[2], +inner[3]);
        }
      } else if (SUBTITLE.test(l) && l.length <= 80) {
        /* subtitle: metadata */
      } else if (issuerLike(l)) {
        fm.issuer ??= l;
      } else if (salutationPos < 0) {
        break;
      }
      fm.meta.add(content[p]);
      bodyFrom = p + 1;
    }
  }
  if (salutationPos >= 0) {
    fm.salutationLine = content[salutationPos];
    fm.meta.add(fm.salutationLine);
    bodyFrom = Math.max(bodyFrom, salutationPos + 1);
  } else if (bodyFrom < content.length && ADDRESSEES.test(lines[content[bodyFrom]]) && lines[content[bodyFrom]].length <= 60) {
    fm.salutationLine = content[bodyFrom];
    fm.meta.add(fm.salutationLine);
    bodyFrom++;
  }

  findAttachments(lines, content, bodyFrom, fm);

  // Back matter, from the end: footers, the signature (issuer and date), the sign-off.
  let p = content.length - 1;
  for (;;) {
    if (p >= bodyFrom && FOOTER.test(lines[content[p]])) fm.meta.add(content[p--]);
    else if (p >= bodyFrom && DATE_LINE.test(lines[content[p]])) {
      fm.date ??= dateOfLine(lines[content[p]]);
      fm.meta.add(content[p--]);
      // up to two issuer lines above the date: "中共X市委组织部" / "张三"
      for (let k = 0; k < 2 && p >= bodyFrom && issuerLike(lines[content[p]], true); k++) {
        fm.issuer ??= lines[content[p]];
        fm.meta.add(content[p--]);
      }
    } else break;
  }
  if (p >= bodyFrom) {
    const l = lines[content[p]];
    if (SIGNOFF.test(l) || (l.length <= 30 && SIGNOFF_TAIL.test(l))) {
      fm.closingLine = content[p];
      fm.closing = l;
      fm.meta.add(content[p]);
    } else {
      const m = SIGNOFF_TAIL.exec(l);
      if (m && m.index > 0) {
        fm.closingLine = content[p];
        fm.closing = m[0];
        fm.closingTail = m[0].length;
      }
    }
  }
  if (fm.salutationLine !== null) fm.salutation = lines[fm.salutationLine];
  return fm;
}

const ATTACHMENT = /^附件\s*[0-9０-９]{0,2}\s*[：:]?\s*/;

/**
 * A cover notice with its attachment: "……通知如下。一、……三、……" / signature / "附件" /
 * "X方案" / the plan. An attachment starts at a "附件" line followed by a title (or holding
 * one, "附件1：X方案") and then more than a signature: "附件：X方案" right above the
 * signature only lists it (back matter). The notice's signature above an attachment is meta.
 */
function findAttachments(lines: readonly string[], content: readonly number[], bodyFrom: number, fm: FrontMatter): void {
  const at = (p: number) => (p < content.length ? lines[content[p]] : '');
  const isTitle = (l: string) => titleLike(l) && TITLE_SUFFIX.test(l);
  for (let p = bodyFrom + 1; p < content.length - 1; p++) {
    const m = ATTACHMENT.exec(at(p));
    if (m === null) continue;
    const rest = at(p).slice(m[0].length);
    const titleP = rest !== '' ? (isTitle(rest) ? p : -1) : isTitle(at(p + 1)) ? p + 1 : -1;
    if (titleP < 0) continue;
    const next = at(titleP + 1);
    if (next === '' || DATE_LINE.test(next) || (issuerLike(next) && DATE_LINE.test(at(titleP + 2)))) {
      for (let k = p; k <= titleP; k++) fm.meta.add(content[k]);
      p = titleP;
      continue;
    }
    // The notice's signature (and an attachment list) just above.
    let q = p - 1;
    while (q > bodyFrom && /^附件/.test(at(q))) fm.meta.add(content[q--]);
    if (q > bodyFrom && DATE_LINE.test(at(q))) {
      fm.date ??= dateOfLine(at(q));
      fm.meta.add(content[q--]);
      for (let k = 0; k < 2 && q > bodyFrom && issuerLike(at(q), true); k++) {
        fm.issuer ??= at(q);
        fm.meta.add(content[q--]);
      }
    }
    if (titleP !== p) fm.meta.add(content[p]);
    fm.parts.set(content[titleP], titleP === p ? m[0].length : 0);
    p = titleP;
  }
}
