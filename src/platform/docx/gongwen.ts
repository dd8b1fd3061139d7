/**
 * Party and government documents (GB/T 9704-2012) written with the docx library: A4 with the
 * standard margins, 22 lines × 28 characters, fixed 28-pt lines (w:lineRule="exact": the library's older
 * `exactly` value is not in the schema and Word ignores it), 方正小标宋 title, 仿宋 body, 黑体
 * headings, page numbers `— 1 —` on the outer sides, and a font table that names each face's
 * alternates and family so a machine without them falls back to a like face (see README, fonts).
 */
import JSZip from 'jszip';
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';

export const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
export const HEAD_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
export const PAGE_FONT = { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体' };
export type Font = typeof BODY_FONT;
/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt. */
export const ER_HAO = 44;
export const SAN_HAO = 32;
export const SI_HAO = 28;
const MM = 56.7; // twips per millimetre
export const LINE = 560; // 28 pt
/** The type area: 210 − 28 − 26 mm wide. */
export const TEXT_WIDTH = Math.round(156 * MM);
export const CHAR = SAN_HAO * 10; // one 三号 character in twips
/**
 * 28 三号 characters a line: 156 mm holds 27.6 characters of 16 pt, so every character is set 0.25 pt
 * closer (in twentieths of a point), as Word's 28-character grid does; Word and LibreOffice both honour it.
 */
export const CHAR_SPACING = -5;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
export interface ParaOptions {
  font?: Font;
  size?: number;
  align?: Align;
  /** First line indented two characters. */
  indent?: boolean;
  /** Right indent in characters (the date of a 落款 sits 4 characters in). */
  right?: number;
  left?: number;
  before?: number;
  after?: number;
  keepNext?: boolean;
  color?: string;
  bold?: boolean;
  /** Starts a new page (a 回执 part) without an empty paragraph that could make a blank page. */
  pageBreakBefore?: boolean;
}

export const para = (text: string, o: ParaOptions = {}) => {
  const size = o.size ?? SAN_HAO;
  return new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    indent: { firstLine: o.indent ? 2 * size * 10 : undefined, right: o.right ? o.right * CHAR : undefined, left: o.left ? o.left * CHAR : undefined },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: o.before ?? 0, after: o.after ?? 0 },
    keepNext: o.keepNext,
    keepLines: o.keepNext,
    pageBreakBefore: o.pageBreakBefore,
    children: [new TextRun({ text, font: o.font ?? BODY_FONT, size, color: o.color, bold: o.bold })],
  });
};

/** `— 1 —` in 四号 宋体, one character in from the outer edge (right on odd pages, left on even). */
const pageNumber = (align: Align) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: align === AlignmentType.RIGHT ? { right: SI_HAO * 10 } : { left: SI_HAO * 10 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: PAGE_FONT, size: SI_HAO })],
      }),
    ],
  });

/** A visible 草稿 mark on every page of a draft; an issued document has none. */
const draftHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: '草稿 · 未印发', font: HEAD_FONT, size: SAN_HAO, color: 'C00000', bold: true })],
      }),
    ],
  });

export interface GongwenOptions {
  title: string;
  creator: string;
  draft?: boolean;
  children: FileChild[];
}

/** The document: A4, GB/T 9704 margins and grid, page numbers, a font table with alternates. */
export async function renderGongwen(o: GongwenOptions): Promise<Buffer> {
  const headers = o.draft ? { default: draftHeader(), even: draftHeader() } : undefined;
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
        margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), footer: Math.round(21 * MM) },
      },
      // 22 lines: the line pitch fills the type area’s 225 mm. The 28 characters come from CHAR_SPACING, not
      // from a linesAndChars grid: LibreOffice sizes that grid's cells from the Normal style (12 pt when unset)
      // and gives a 16-pt character two cells of 15.8 pt, about 14–18 characters a line.
      grid: { type: DocumentGridType.LINES, linePitch: 579 },
    },
    headers,
    footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
    children: o.children,
  };
  const doc = new Document({
    creator: o.creator,
    title: o.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: BODY_FONT, size: SAN_HAO, characterSpacing: CHAR_SPACING } } } },
    sections: [section],
  });
  return withFontTable(await Packer.toBuffer(doc));
}

/**
 * The faces and what stands in for them: Word and LibreOffice pick a substitute by altName, then by
 * family and pitch, so a machine without 方正小标宋简体 shows a serif 宋体 rather than one sans face.
 */
export const FONT_TABLE: {
  name: string;
  alt: string;
  family: 'roman' | 'modern' | 'swiss' | 'script' | 'auto';
  pitch: 'variable' | 'fixed';
  charset: string;
}[] = [
  { name: '方正小标宋简体', alt: '宋体', family: 'script', pitch: 'variable', charset: '86' },
  { name: '仿宋_GB2312', alt: '仿宋', family: 'modern', pitch: 'fixed', charset: '86' },
  { name: '黑体', alt: 'SimHei', family: 'modern', pitch: 'fixed', charset: '86' },
  { name: '宋体', alt: 'SimSun', family: 'auto', pitch: 'variable', charset: '86' },
  { name: 'Times New Roman', alt: 'Liberation Serif', family: 'roman', pitch: 'variable', charset: '00' },
];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const fontTableXml = () =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">` +
  FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('') +
  '</w:fonts>';

async function withFontTable(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/fontTable.xml', fontTableXml());
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
