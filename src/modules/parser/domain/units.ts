/**
 * Lead and supporting units (牵头单位 / 配合单位) named in an item's own text.
 *
 * Recognised shapes, from the most to the least explicit:
 * - field lines: "牵头单位：X；配合单位：Y、Z", "责任单位：X、Y" (see below), "协办单位：";
 * - clauses: "（X牵头，Y、Z配合）", "由X负责", "X牵头负责", "请X牵头，会同Y……";
 * - a dictionary of known unit names (optional): lets names without a usual suffix count
 *   ("市妇联") and finds a known unit acting as the subject when no pattern did.
 *
 * 责任单位 lists share the work (glossary: supportingUnits); when a document states the
 * common convention "列第一位的为牵头单位", the first one listed leads.
 */
import type { Span } from './types.ts';

export interface FoundUnit {
  name: string;
  span: Span;
}

export interface FoundUnits {
  leads: FoundUnit[];
  supporting: FoundUnit[];
}

export interface UnitOptions {
  /** A Set is used as it is (the parser builds one per document, not one per item). */
  dictionary?: readonly string[] | ReadonlySet<string>;
  /** The document says the first unit of a 责任单位 list leads. */
  firstListedLeads?: boolean;
}

const UNIT_SUFFIX =
  /(党委|党组|党工委|工委|纪委|监委|委员会|委|组织部|宣传部|统战部|部|局|厅|办公室|办|院|政府|中心|小组|组|处|科|室|会|所|站|队|街道|乡镇|镇|乡|社区|村|公司|集团|学校|党校|大学|医院|银行|单位|部门|机关|法院|检察院)$/;
const NOT_A_UNIT = /要|必须|应当|应|将|把|对|在|于|是|的工作|贯彻|落实|推进|加强|坚持|实行|下|制$/;
// A person with a title leading others ("某某总理率国务院有关部门") is not a unit.
const A_PERSON = /总理|书记|省长|市长|县长|区长|部长|主任|同志|率|带领/;

// Collective names that stand for a group of units and contain list punctuation or
// brackets of their own: "各区、县级市", "各县（市）区", "各县（市、区）党委".
const COLLECTIVE =
  /各(?:区|县|市|县级市|乡镇|街道|镇)(?:[、和](?:县级市|区|县|市|乡镇|街道|镇))+(?:党委|政府|党委组织部|人民政府)?|各县[（(]市[、,，]?(?:区)?[）)](?:区)?(?:党委|政府|党委组织部|人民政府)?/g;
// Collective names made of ordinary characters: recognised as units although they end in a generic word.
const COLLECTIVE_WORD = /^(?:各(?:相关|有关)?(?:部门|单位)|市直各(?:部门|单位)|各开发区管委会|各[\u4e00-\u9fa5]{1,6}(?:管委会|党委|党工委|政府|部门|单位))$/;

export const FIRST_LISTED_LEADS = /(列|排)(在)?(第一位|首位|第一)的?(单位)?(为|是)牵头/;

// Words that end like a unit but name none ("配合单位：" → "单位").
const GENERIC = /^(单位|部门|机关|各单位|各部门|有关单位|相关单位|有关部门|相关部门|小组|中心|会)$/;

function isUnit(name: string, dict: ReadonlySet<string>): boolean {
  if (dict.has(name)) return true;
  if (A_PERSON.test(name)) return false;
  if (COLLECTIVE_WORD.test(name)) return true;
  if (GENERIC.test(name)) return false;
  return name.length >= 2 && name.length <= 30 && UNIT_SUFFIX.test(name) && !NOT_A_UNIT.test(name);
}

// A collective name first (it holds 、 and brackets of its own), else a run up to a list separator.
const LIST_PART = new RegExp(`${COLLECTIVE.source}|[^、，,；;\\s/（）()]+`, 'g');

/** Split "市委组织部、市人社局和市财政局等" into names with their offsets (relative to `base`). */
function splitUnits(list: string, base: number, dict: ReadonlySet<string>): FoundUnit[] {
  const out: FoundUnit[] = [];
  const re = LIST_PART;
  re.lastIndex = 0;
  for (let m = re.exec(list); m !== null; m = re.exec(list)) {
    if (/^各/.test(m[0]) && m[0].match(/[、（(]/) !== null) {
      out.push({ name: m[0], span: { start: base + m.index, end: base + m.index + m[0].length } });
      continue;
    }
    let part = m[0].replace(/等$|等(有关|相关)?(单位|部门)$/, (s) => (/单位|部门/.test(s) && !/^等/.test(s) ? s : ''));
    part = part.replace(/^(由|请|会同)/, '');
    let at = m.index + m[0].indexOf(part);
    if (part.length < 2) continue;
    // "A和B" / "A及B": split only when both halves are units ("人力资源和社会保障局" is one).
    const pieces: Array<[string, number]> = [[part, at]];
    if (!dict.has(part)) {
      const j = /[和及与]/.exec(part);
      if (j) {
        const a = part.slice(0, j.index);
        const b = part.slice(j.index + 1);
        if (isUnit(a, dict) && isUnit(b, dict)) {
          pieces.length = 0;
          pieces.push([a, at], [b, at + j.index + 1]);
        }
      }
    }
    for (const [name, p] of pieces) {
      at = p;
      if (isUnit(name, dict)) out.push({ name, span: { start: base + at, end: base + at + name.length } });
    }
  }
  return out;
}

const LABEL = '牵头单位|牵头部门|主责单位|主责部门|责任单位|责任部门|配合单位|配合部门|协办单位|协办部门|参与单位';
// A field's value runs to the next field label, a sentence end, or the bracket that closes
// "（牵头单位：X，配合单位：Y）"; brackets inside a collective name ("各县（市）区") are kept.
const FIELD = new RegExp(`(${LABEL})[：:]\\s*((?:${COLLECTIVE.source}|[^\\n；;。（）()])*?)(?=[，,、]?\\s*(?:${LABEL})[：:]|[\\n；;。）)]|$)`, 'g');
// "X牵头", "由X负责", "X负责统筹把关" (a few words of what it does may follow)
const LEAD_CLAUSE = /^(?:由|请)?(.+?)(?:牵头负责|牵头|负责|主抓)[\u4e00-\u9fa5]{0,8}$/;
const SUPPORT_CLAUSE = /^(?:由)?(.+?)(?:配合|参与|协助|协办)$/;
const ASK_CLAUSE = /^请(.+?)(?:抓紧|尽快|认真|研究|会同|组织|牵头|负责|提出|拿出|督促)/;
const TOGETHER = /(?:会同|配合|协助|联合)(.+?)$/;
// "由X会同Y制定……": X leads.
const LEAD_WITH = /^(?:由|请)?(.+?)(?:会同|联合)/;

const longestNames = new WeakMap<ReadonlySet<string>, number>();
function longestName(dict: ReadonlySet<string>): number {
  let n = longestNames.get(dict);
  if (n === undefined) {
    n = 0;
    for (const name of dict) n = Math.max(n, name.length);
    longestNames.set(dict, n);
  }
  return n;
}

const SUBJECT_VERB = /^(要|负责|牵头|将|会同)/;

export function findUnits(text: string, options: UnitOptions = {}): FoundUnits {
  const dict: ReadonlySet<string> = options.dictionary instanceof Set ? options.dictionary : new Set(options.dictionary ?? []);
  const leads: FoundUnit[] = [];
  const supporting: FoundUnit[] = [];

  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m !== null; m = FIELD.exec(text)) {
    const base = m.index + m[0].length - m[2].length;
    const names = splitUnits(m[2], base, dict);
    if (/牵头|主责/.test(m[1])) leads.push(...names);
    else if (/责任/.test(m[1]) && options.firstListedLeads && names.length > 0) {
      leads.push(names[0]);
      supporting.push(...names.slice(1));
    } else supporting.push(...names);
  }

  // Clauses: cut the text at punctuation and brackets, look at each piece's shape.
  const clause = /[^，,；;。：:（）()\n！？]+/g;
  for (let m = clause.exec(text); m !== null; m = clause.exec(text)) {
    const c = m[0].trim();
    const base = m.index + m[0].indexOf(c);
    let k: RegExpExecArray | null;
    if ((k = LEAD_CLAUSE.exec(c))) leads.push(...splitUnits(k[1], base + k[0].indexOf(k[1]), dict));
    else if ((k = SUPPORT_CLAUSE.exec(c))) supporting.push(...splitUnits(k[1], base + k[0].indexOf(k[1]), dict));
    else if ((k = ASK_CLAUSE.exec(c))) {
      const names = splitUnits(k[1], base + 1, dict);
      if (names.length > 0) leads.push(...names);
    } else if ((k = LEAD_WITH.exec(c))) {
      leads.push(...splitUnits(k[1], base + k[0].indexOf(k[1]), dict));
    }
    if ((k = TOGETHER.exec(c)) && !SUPPORT_CLAUSE.test(c)) {
      supporting.push(...splitUnits(k[1].replace(/(研究|制定|共同|抓好|做好|开展|推进).*$/, ''), base + k.index + k[0].indexOf(k[1]), dict));
    }
  }

  // Known units as the subject of a sentence, when nothing explicit named a lead.
  // One look at each sentence's start, whatever the size of the unit tree.
  if (leads.length === 0 && dict.size > 0) {
    const longest = longestName(dict);
    const starts = /(?:^|[。；;\n])[^\S\n]*/g;
    for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
      const start = m.index + m[0].length;
      if (m[0].length === 0) starts.lastIndex++;
      for (let len = Math.min(longest, text.length - start); len >= 1; len--) {
        const name = text.slice(start, start + len);
        if (dict.has(name) && SUBJECT_VERB.test(text.slice(start + len, start + len + 2))) leads.push({ name, span: { start, end: start + len } });
      }
    }
  }

  const seen = new Set<string>();
  const uniq = (list: FoundUnit[]) =>
    list.filter((u) => {
      if (seen.has(u.name)) return false;
      seen.add(u.name);
      return true;
    });
  const l = uniq(leads);
  return { leads: l, supporting: uniq(supporting) };
}
