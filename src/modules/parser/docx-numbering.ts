/**
 * Word's automatic list numbers as Word shows them. mammoth tells us only a paragraph's
 * list level; the marker itself comes from word/numbering.xml: each w:num points to a
 * w:abstractNum whose levels carry a number format (w:numFmt: decimal, chineseCounting…),
 * a text template (w:lvlText "%1、", "（%2）", "%1.%2") and a start value, and the w:num
 * may override a level's start (w:lvlOverride/w:startOverride) or the level itself.
 *
 * The XML is scanned with anchored, linear regexes (the file is Word's, not hostile, and
 * its size is bounded before we get here).
 */

export interface LevelDef {
  numFmt: string;
  lvlText: string;
  start: number;
}

export interface NumberingDefs {
  /** numId → its abstractNum id, level overrides and start overrides. */
  nums: Map<string, { abstract: string; levels: Map<number, Partial<LevelDef>> }>;
  abstracts: Map<string, Map<number, LevelDef>>;
}

const attr = (xml: string, name: string): string | undefined => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

function readLevel(xml: string): Partial<LevelDef> {
  const out: Partial<LevelDef> = {};
  const fmt = /<w:numFmt\b[^>]*?w:val="([^"]*)"/.exec(xml);
  if (fmt) out.numFmt = fmt[1];
  const text = /<w:lvlText\b[^>]*?w:val="([^"]*)"/.exec(xml);
  if (text) out.lvlText = decodeXml(text[1]);
  const start = /<w:start\b[^>]*?w:val="(\d+)"/.exec(xml);
  if (start) out.start = Number(start[1]);
  return out;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (_m, n: string, d?: string, h?: string) => {
    if (d) return String.fromCodePoint(Number(d));
    if (h) return String.fromCodePoint(parseInt(h, 16));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[n.toLowerCase()] ?? '';
  });
}

export function readNumberingXml(xml: string): NumberingDefs {
  const abstracts = new Map<string, Map<number, LevelDef>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1], 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, LevelDef>();
    for (const l of m[2].matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1], 'w:ilvl') ?? 0);
      const d = readLevel(l[2]);
      levels.set(ilvl, { numFmt: d.numFmt ?? 'decimal', lvlText: d.lvlText ?? `%${ilvl + 1}.`, start: d.start ?? 1 });
    }
    abstracts.set(id, levels);
  }
  const nums: NumberingDefs['nums'] = new Map();
  for (const m of xml.matchAll(/<w:num\b([^>]*?)(?:\/>|>([\s\S]*?)<\/w:num>)/g)) {
    const id = attr(m[1], 'w:numId');
    const body = m[2] ?? '';
    const abstract = /<w:abstractNumId\b[^>]*?w:val="([^"]*)"/.exec(body)?.[1];
    if (id === undefined || abstract === undefined) continue;
    const levels = new Map<number, Partial<LevelDef>>();
    for (const o of body.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(attr(o[1], 'w:ilvl') ?? 0);
      const over: Partial<LevelDef> = {};
      const so = /<w:startOverride\b[^>]*?w:val="(\d+)"/.exec(o[2]);
      const lvl = /<w:lvl\b[^>]*>([\s\S]*?)<\/w:lvl>/.exec(o[2]);
      if (lvl) Object.assign(over, readLevel(lvl[1]));
      if (so) over.start = Number(so[1]);
      levels.set(ilvl, over);
    }
    nums.set(id, { abstract, levels });
  }
  return { nums, abstracts };
}

/** Each paragraph of document.xml in order: its direct list reference, or null. */
export function paragraphNumbering(documentXml: string): Array<{ numId: string; ilvl: number } | null> {
  const out: Array<{ numId: string; ilvl: number } | null> = [];
  for (const m of documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[1] ?? '');
    const numId = numPr ? /<w:numId\b[^>]*?w:val="([^"]*)"/.exec(numPr[1])?.[1] : undefined;
    if (!numPr || numId === undefined || numId === '0') out.push(null);
    else out.push({ numId, ilvl: Number(/<w:ilvl\b[^>]*?w:val="(\d+)"/.exec(numPr[1])?.[1] ?? 0) });
  }
  return out;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function chineseCounting(n: number): string {
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 === 0 ? '' : CN[n % 10]);
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 === 0 ? '' : CN[n % 10]);
  return String(n);
}
const letters = (n: number) => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};
function roman(n: number): string {
  const r: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  for (const [v, t] of r) for (; n >= v; n -= v) s += t;
  return s;
}
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';

/** One counter value in a level's format (w:numFmt). */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'japaneseCounting':
      return chineseCounting(n);
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * Counts list paragraphs the way Word does: one set of counters per abstract list (lists
 * sharing one continue each other) unless a w:num restarts it with a startOverride; a level
 * restarts whenever a level above it advances.
 */
export function createNumberer(defs: NumberingDefs) {
  const counters = new Map<string, number[]>();
  return (numId: string, ilvl: number): string | null => {
    const num = defs.nums.get(numId);
    const abstract = num && defs.abstracts.get(num.abstract);
    if (!num || !abstract) return null;
    const levelOf = (k: number): LevelDef => {
      const base = abstract.get(k) ?? { numFmt: 'decimal', lvlText: `%${k + 1}.`, start: 1 };
      return { ...base, ...num.levels.get(k) };
    };
    const level = levelOf(ilvl);
    if (level.numFmt === 'bullet') return null;
    // A w:num with start overrides has counters of its own, starting afresh.
    const overridden = [...num.levels.values()].some((o) => o.start !== undefined);
    const key = overridden ? `num:${numId}` : `abs:${num.abstract}`;
    let c = counters.get(key);
    if (!c) counters.set(key, (c = []));
    for (let k = 0; k < ilvl; k++) c[k] ??= levelOf(k).start;
    c[ilvl] = c[ilvl] === undefined ? level.start : c[ilvl] + 1;
    c.length = ilvl + 1;
    return level.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      return k <= ilvl ? formatNumber(c[k] ?? levelOf(k).start, levelOf(k).numFmt) : '';
    });
  };
}
