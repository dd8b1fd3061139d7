/**
 * Bytes → text. Decides the format by content (magic bytes), not by file name: a .docx
 * is a zip holding word/document.xml, a .doc an OLE compound file, a PDF starts with
 * %PDF; anything else must decode as text (UTF-8 with or without BOM, UTF-16 with BOM,
 * else GB18030, which covers GBK and GB2312).
 *
 * No file system, no network: the caller reads the bytes. Libraries: iconv-lite,
 * mammoth (.docx), word-extractor (.doc), pdfjs-dist (PDF).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { mammoth } from '../../platform/lazy/index.ts';
import { createNumberer, paragraphNumbering, readNumberingXml } from './docx-numbering.ts';
import { ParseInputError } from './domain/errors.ts';
import { markerAt } from './domain/numbering.ts';
import { lineNoise, trimLine } from './domain/noise.ts';

export const MAX_BYTES = 20 * 1024 * 1024;

export type DocumentFormat = 'text' | 'docx' | 'doc' | 'pdf';

export interface ReadResult {
  text: string;
  format: DocumentFormat;
  /** For text: the encoding it was decoded from. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

const require = createRequire(import.meta.url);

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

function detect(b: Uint8Array): DocumentFormat | 'zip' | 'binary' {
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    // Zip entry names are stored in plain ASCII, so a byte search finds the main part.
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes('word/document.xml') ? 'docx' : 'zip';
  }
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  const magic: number[][] = [
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF
    [0x7f, 0x45, 0x4c, 0x46], // ELF
    [0x1f, 0x8b], // gzip
    [0x52, 0x61, 0x72, 0x21], // RAR
    [0x37, 0x7a, 0xbc, 0xaf], // 7z
  ];
  if (magic.some((m) => startsWith(b, m))) return 'binary';
  return 'text';
}

/** Text has (almost) no control bytes; binaries are full of them, NUL above all. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  return control > n * 0.01;
}

export function decodeText(b: Uint8Array): Pick<ReadResult, 'text' | 'encoding'> {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8' };
  if (startsWith(b, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(b, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(b)) throw new ParseInputError('parser.binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), 'gb18030'), encoding: 'gb18030' };
  }
}

export async function readDocument(bytes: Uint8Array, filename?: string): Promise<ReadResult> {
  if (bytes.length > MAX_BYTES) throw new ParseInputError('parser.tooLarge');
  if (bytes.length === 0) throw new ParseInputError('parser.empty');
  const ext = (filename ?? '').toLowerCase().replace(/^.*\./, '.');
  const kind = detect(bytes);
  let result: ReadResult;
  if (kind === 'docx') result = { text: await docxText(bytes), format: 'docx' };
  else if (kind === 'doc') result = { text: await docText(bytes), format: 'doc' };
  else if (kind === 'pdf') result = { text: await pdfText(bytes), format: 'pdf' };
  else if (kind === 'zip' || (kind === 'text' && ext === '.docx'))
    throw new ParseInputError(ext === '.docx' || (kind === 'zip' && ext !== '.zip') ? 'parser.corruptDocx' : 'parser.binary');
  else if (kind === 'binary') throw new ParseInputError('parser.binary');
  else if (ext === '.pdf') throw new ParseInputError('parser.corruptPdf');
  else if (ext === '.doc' && looksBinary(bytes)) throw new ParseInputError('parser.corruptDoc');
  else result = { ...decodeText(bytes), format: 'text' };
  if (result.text.replace(/[\s\u3000\ufeff\u200b]/g, '') === '') {
    throw new ParseInputError(result.format === 'pdf' ? 'parser.noTextLayer' : 'parser.empty');
  }
  return result;
}

// ---------------------------------------------------------------- .docx

/** Word's list levels rendered the way official documents number them. */
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function cn(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return '十' + CN[n - 10];
  return CN[Math.floor(n / 10)] + '十' + (n % 10 === 0 ? '' : CN[n % 10]);
}
export function listMarker(level: number, n: number): string {
  switch (level) {
    case 0:
      return `${cn(n)}、`;
    case 1:
      return `（${cn(n)}）`;
    case 2:
      return `${n}.`;
    case 3:
      return `（${n}）`;
    case 4:
      return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `${n})`;
    default:
      return `${n})`;
  }
}

interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  numbering?: { level: string; isOrdered: boolean } | null;
}

function plain(e: DocxElement): string {
  if (e.type === 'text') return e.value ?? '';
  if (e.type === 'tab') return '\t';
  if (e.type === 'break') return '\n';
  return (e.children ?? []).map(plain).join('');
}

/**
 * Walks mammoth's document model rather than its HTML: Word keeps counting a list
 * across the paragraphs between its items ("一、" heading, body text, "二、" heading),
 * which separate <ol> elements in HTML would lose.
 */
function docxLines(root: DocxElement, marker: ((p: DocxElement) => string | null | undefined) | null = null): string[] {
  const lines: string[] = [];
  const counters: number[] = [];
  const walk = (e: DocxElement) => {
    if (e.type === 'paragraph') {
      let prefix = '';
      // numbering.xml's own format and template when we could read them ("一、" then "1."), else by level.
      const asWord = marker?.(e);
      if (asWord !== undefined) prefix = asWord ?? '';
      else if (e.numbering && e.numbering.isOrdered) {
        const level = Math.max(0, Math.min(8, Number(e.numbering.level) || 0));
        counters.length = level + 1;
        for (let i = 0; i < level; i++) counters[i] ??= 1;
        counters[level] = (counters[level] ?? 0) + 1;
        prefix = listMarker(level, counters[level]);
      }
      lines.push(prefix + plain(e));
    } else if (e.type === 'table') {
      lines.push(...tableLines(e));
    } else {
      for (const c of e.children ?? []) walk(c);
    }
  };
  walk(root);
  return lines;
}

/**
 * A task table (序号 | 任务 | 牵头单位 | 配合单位 | 完成时限) becomes numbered items with field
 * lines, which is what the parser reads; other tables become one line per row.
 */
function tableLines(table: DocxElement): string[] {
  const rows = (table.children ?? []).map((r) => (r.children ?? []).map((c) => trimLine(plain(c).replace(/\n/g, ''))));
  if (rows.length === 0) return [];
  const header = rows[0];
  const taskCol = header.findIndex((h) => /任务|内容|事项|工作|措施/.test(h) && !/单位|部门|时限|时间/.test(h));
  const fieldCols = header.map((h, i) => (i !== taskCol && /单位|部门|时限|时间|责任人/.test(h) ? i : -1)).filter((i) => i >= 0);
  if (taskCol < 0 || fieldCols.length === 0) return rows.map((r) => r.filter((c) => c !== '').join('　'));
  const out: string[] = [];
  rows.slice(1).forEach((r, k) => {
    if ((r[taskCol] ?? '') === '') return;
    out.push(`${k + 1}.${r[taskCol]}`);
    for (const i of fieldCols) if ((r[i] ?? '') !== '') out.push(`${header[i].replace(/\s/g, '')}：${r[i]}`);
  });
  return out;
}

/** The most text a .docx may expand to: a small zip can hold gigabytes of XML (a zip bomb). */
export const MAX_DOCX_XML_BYTES = 16 * 1024 * 1024;

interface DocxParts {
  document: string;
  numbering: string | null;
}

/** Reads the two parts we need, refusing before inflating when the declared sizes are too big. */
async function docxParts(bytes: Uint8Array): Promise<DocxParts | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null; // mammoth reports it as corrupt below
  }
  let total = 0;
  zip.forEach((_path, f) => {
    total += (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (total > MAX_DOCX_XML_BYTES * 4) throw new ParseInputError('parser.tooLargeExpanded');
  const doc = zip.file('word/document.xml');
  if (!doc) return null;
  const document = await doc.async('string');
  if (document.length > MAX_DOCX_XML_BYTES) throw new ParseInputError('parser.tooLargeExpanded');
  const numbering = (await zip.file('word/numbering.xml')?.async('string')) ?? null;
  return { document, numbering };
}

/** Word's markers for mammoth's numbered paragraphs, matched in document order. */
function wordMarkers(root: DocxElement, parts: DocxParts | null): ((p: DocxElement) => string | null | undefined) | null {
  if (!parts || parts.numbering === null) return null;
  const refs = paragraphNumbering(parts.document).filter((r) => r !== null);
  const numbered: DocxElement[] = [];
  const collect = (e: DocxElement) => {
    if (e.type === 'paragraph' && e.numbering) numbered.push(e);
    for (const c of e.children ?? []) collect(c);
  };
  collect(root);
  // Numbering through a paragraph style leaves no numPr: then the counts differ and we keep the level rule.
  if (refs.length !== numbered.length) return null;
  const numberer = createNumberer(readNumberingXml(parts.numbering));
  const markers = new Map<DocxElement, string | null>();
  numbered.forEach((p, k) => markers.set(p, numberer(refs[k]!.numId, refs[k]!.ilvl)));
  return (p) => (markers.has(p) ? markers.get(p) : undefined);
}

async function docxText(bytes: Uint8Array): Promise<string> {
  let root: DocxElement | null = null;
  const parts = await docxParts(bytes);
  try {
    await mammoth().convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (doc: DocxElement) => {
          root = doc;
          return doc;
        },
      },
    );
  } catch (cause) {
    throw new ParseInputError('parser.corruptDocx', { cause });
  }
  if (root === null) throw new ParseInputError('parser.corruptDocx');
  return docxLines(root, wordMarkers(root, parts)).join('\n');
}

// ---------------------------------------------------------------- .doc

interface WordExtractorClass {
  new (): { extract(input: Buffer): Promise<{ getBody(): string }> };
}

async function docText(bytes: Uint8Array): Promise<string> {
  const WordExtractor = require('word-extractor') as WordExtractorClass;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return doc.getBody();
  } catch (cause) {
    throw new ParseInputError('parser.corruptDoc', { cause });
  }
}

// ---------------------------------------------------------------- PDF

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface PdfLine {
  x: number;
  right: number;
  y: number;
  size: number;
  text: string;
}

function pageLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: PdfLine | null = null;
  for (const it of items) {
    if (it.str === '' && !it.hasEOL) continue;
    const x = it.transform[4];
    const y = it.transform[5];
    const size = Math.abs(it.transform[3]) || it.height || 10;
    if (cur === null || Math.abs(y - cur.y) > size * 0.5) {
      cur = { x, right: x + it.width, y, size, text: '' };
      lines.push(cur);
    } else if (x - cur.right > size * 0.8 && /[A-Za-z0-9]$/.test(cur.text)) {
      cur.text += ' ';
    }
    cur.text += it.str;
    cur.x = Math.min(cur.x, x);
    cur.right = Math.max(cur.right, x + it.width);
    if (it.hasEOL) cur = null;
  }
  return lines.filter((l) => trimLine(l.text) !== '');
}

/**
 * Reflows a PDF's lines into paragraphs: a line joins the previous one when that line
 * ran to the right margin and this one is not indented, does not start with a number
 * marker, and the previous one does not end a sentence. Page headers and numbers,
 * which sit between a paragraph's halves across a page break, are passed over.
 */
function reflow(pages: PdfLine[][]): string {
  const paras: string[] = [];
  let last: { line: PdfLine; left: number; right: number } | null = null;
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const body = lines.filter((l) => lineNoise(trimLine(l.text)) === null);
    const left = Math.min(...body.map((l) => l.x));
    const right = Math.max(...body.map((l) => l.right));
    for (const l of lines) {
      const text = trimLine(l.text);
      if (lineNoise(text) !== null) {
        paras.push(text);
        continue;
      }
      const joins: boolean =
        last !== null &&
        last.line.right >= last.right - last.line.size * 1.5 &&
        l.x <= left + l.size * 0.5 &&
        !/[。！？：:；;]$/.test(trimLine(last.line.text)) &&
        markerAt(text) === null;
      if (joins) {
        // put it back on the paragraph it continues, even if noise lines came between
        let k = paras.length - 1;
        while (k > 0 && lineNoise(paras[k]) !== null) k--;
        paras[k] += text;
      } else paras.push(text);
      last = { line: l, left, right };
    }
  }
  return paras.join('\n');
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdfjs may transfer the buffer: give it a copy
      cMapUrl: join(root, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(root, 'standard_fonts') + '/',
      disableFontFace: true,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (cause) {
    throw new ParseInputError('parser.corruptPdf', { cause });
  }
  try {
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.filter((i) => 'str' in i) as unknown as PdfTextItem[]));
      page.cleanup();
    }
    // PDF producers often emit a space between CJK and Latin/digit runs ("X 市 2025 年"): drop it.
    const text = reflow(pages)
      .replace(/(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]+(?=[\u3000-\u9fff\uff00-\uffef0-9A-Za-z])/g, '')
      .replace(/(?<=[0-9A-Za-z.．])[ \t]+(?=[\u3000-\u9fff\uff00-\uffef])/g, '');
    if (text.replace(/[\s\u3000]/g, '').length === 0) throw new ParseInputError('parser.noTextLayer');
    return text;
  } catch (cause) {
    if (cause instanceof ParseInputError) throw cause;
    throw new ParseInputError('parser.corruptPdf', { cause });
  } finally {
    await doc.destroy();
  }
}
