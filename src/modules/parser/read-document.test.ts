import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES, ParseInputError, parseDocument, parserMessages, readDocument } from './index.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'documents');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const enc = (s: string) => new TextEncoder().encode(s);

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    expect(e).toBeInstanceOf(ParseInputError);
    return (e as ParseInputError).code;
  }
}

describe('readDocument: text', () => {
  const notice = readFileSync(join(FIXTURES, 'notice-unnumbered.txt'), 'utf8');

  it('decodes UTF-8, UTF-8 with BOM, CRLF and GB18030 to the same outline', async () => {
    const reference = parseDocument(notice, { refDate: '2024-04-28' });
    const variants = [
      enc(notice),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc(notice)]),
      enc(notice.replace(/\n/g, '\r\n')),
      fixture('notice-unnumbered.gb18030.txt'),
      iconv.encode(notice, 'gbk'),
    ];
    for (const bytes of variants) {
      const { text } = await readDocument(bytes, 'notice.txt');
      expect(parseDocument(text, { refDate: '2024-04-28' })).toEqual(reference);
    }
    expect((await readDocument(fixture('notice-unnumbered.gb18030.txt'))).encoding).toBe('gb18030');
  });

  it('rejects empty, blank, binary and oversized input with a code', async () => {
    expect(await code(readDocument(new Uint8Array(0)))).toBe('parser.empty');
    expect(await code(readDocument(enc(' \n\t\u3000\r\n')))).toBe('parser.empty');
    expect(await code(readDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toBe('parser.binary');
    expect(await code(readDocument(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))).toBe('parser.binary');
    expect(await code(readDocument(new Uint8Array(MAX_BYTES + 1)))).toBe('parser.tooLarge');
  });
});

describe('readDocument: documents, by content not by name', () => {
  it('renders Word list markers by their format and template (一、 then 1.), restarts included', async () => {
    const { text } = await readDocument(fixture('plan-decimal-levels.docx'), 'plan.docx');
    const r = parseDocument(text, { refDate: '2025-01-10', units: ['区委组织部', '区委党校'] });
    const shape = (items: typeof r.items): string[] => items.flatMap((i) => [`${'  '.repeat(i.level - 1)}${i.number}${i.title}`, ...shape(i.children)]);
    expect(shape(r.items.filter((i) => i.number !== ''))).toEqual([
      '一、强化政治功能',
      '  1.开展党支部书记轮训，年底前完成',
      '  2.建设党员教育示范点5个，6月底前完成',
      '二、提升组织力',
      '  1.整顿软弱涣散党组织，9月底前完成',
      '  2.推进党建引领基层治理，11月30日前完成',
      '  1.报送季度进展情况',
      '  2.报送年度总结',
    ]);
    // The second list starts again at 1 (a startOverride), not at 3.
    expect(text).toContain('附：任务清单\n1.报送季度进展情况\n2.报送年度总结');
    const first = r.items.find((i) => i.number === '一、')!.children[0];
    expect(first).toMatchObject({ leads: ['区委组织部'], supporting: ['区委党校'], unitsMatched: { leads: [true], supporting: [true] } });
  });

  it('refuses a .docx that expands to too much text before inflating it (zip bomb)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', `<w:document><w:body>${'<w:p><w:r><w:t>大</w:t></w:r></w:p>'.repeat(600_000)}</w:body></w:document>`);
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(MAX_BYTES);
    expect(await code(readDocument(bomb, 'bomb.docx'))).toBe('parser.tooLargeExpanded');
  });

  it('keeps Word auto-numbering of a .docx, with its levels', async () => {
    const { text, format } = await readDocument(fixture('work-plan-numbered.docx'), 'renamed.txt');
    expect(format).toBe('docx');
    const r = parseDocument(text, { refDate: '2025-01-10' });
    expect(r.title).toBe('X市2025年干部教育培训工作要点');
    const shape = (items: typeof r.items): string[] => items.flatMap((i) => [`${'  '.repeat(i.level - 1)}${i.number}${i.title}`, ...shape(i.children)]);
    expect(shape(r.items.filter((i) => i.number !== ''))).toEqual([
      '一、加强政治训练',
      '  （一）抓好党的创新理论教育培训',
      '    1.举办县处级干部进修班4期，年底前完成',
      '    2.开展理论宣讲进基层活动，每季度不少于1次',
      '  （二）加强党性教育',
      '    1.建设党性教育现场教学点10个，由市委党校负责',
      '二、提升履职能力',
      '  （一）实施专业化能力提升计划',
      '    1.6月底前制定年度专题培训计划',
    ]);
  });

  it('reads the text of a .doc (numbering of old Word lists is not kept)', async () => {
    const { text, format } = await readDocument(fixture('work-plan-numbered.doc'));
    expect(format).toBe('doc');
    expect(text).toContain('举办县处级干部进修班4期，年底前完成。');
  });

  it('reads a text PDF into paragraphs', async () => {
    const { text, format } = await readDocument(fixture('work-plan-numbered.pdf'), 'x.bin');
    expect(format).toBe('pdf');
    const r = parseDocument(text, { refDate: '2025-01-10' });
    expect(r.title).toBe('X市2025年干部教育培训工作要点');
    expect(r.items.filter((i) => i.number !== '').map((i) => i.number + i.title)).toEqual(['一、加强政治训练', '二、提升履职能力']);
    expect(r.items.find((i) => i.number === '二、')!.children[0].children[0].deadline?.date).toBe('2025-06-30');
  });

  it('says what is wrong with a corrupt .docx, a scan, a broken PDF', async () => {
    expect(await code(readDocument(fixture('corrupt.docx'), 'corrupt.docx'))).toBe('parser.corruptDocx');
    expect(await code(readDocument(enc('not really a docx'), 'plan.docx'))).toBe('parser.corruptDocx');
    expect(await code(readDocument(fixture('image-only.pdf')))).toBe('parser.noTextLayer');
    expect(await code(readDocument(enc('%PDF-1.4\ngarbage')))).toBe('parser.corruptPdf');
    expect(await code(readDocument(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3])))).toBe('parser.corruptDoc');
  });
});

describe('messages', () => {
  it('has every code in zh-CN and en-US, and the OCR hint', () => {
    expect(Object.keys(parserMessages['zh-CN']).sort()).toEqual(Object.keys(parserMessages['en-US']).sort());
    expect(new ParseInputError('parser.noTextLayer').message).toBe('no text layer: OCR first');
    expect(new ParseInputError('parser.tooLarge').messageIn('zh-CN')).toContain('20 MB');
  });
});
