import { describe, expect, it } from 'vitest';
import { createNumberer, formatNumber, paragraphNumbering, readNumberingXml } from './docx-numbering.ts';

const lvl = (ilvl: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const xml = [
  '<w:numbering>',
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '（%3）')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimalEnclosedCircle', '%1')}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum>`,
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
  '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>',
  `<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'decimal', '第%1条', 5)}</w:lvlOverride></w:num>`,
  '</w:numbering>',
].join('');

describe('Word numbering', () => {
  it.each([
    [3, 'chineseCounting', '三'],
    [12, 'chineseCounting', '十二'],
    [21, 'chineseCountingThousand', '二十一'],
    [2, 'ideographTraditional', '乙'],
    [3, 'decimalEnclosedCircle', '③'],
    [4, 'upperRoman', 'IV'],
    [2, 'lowerLetter', 'b'],
    [7, 'decimalFullWidth', '７'],
  ])('formats %i as %s → %s', (n, fmt, out) => {
    expect(formatNumber(n, fmt)).toBe(out);
  });

  it('renders markers from the format and template, restarting lower levels', () => {
    const next = createNumberer(readNumberingXml(xml));
    const seq = [next('1', 0), next('1', 1), next('1', 1), next('1', 2), next('1', 0), next('1', 1)];
    expect(seq).toEqual(['一、', '1.', '2.', '（1）', '二、', '1.']);
  });

  it('continues a list through another num of the same abstract list, restarts on a startOverride', () => {
    const next = createNumberer(readNumberingXml(xml));
    expect([next('1', 0), next('1', 1), next('1', 1)]).toEqual(['一、', '1.', '2.']);
    expect([next('2', 1), next('2', 1)]).toEqual(['1.', '2.']);
  });

  it('applies a level override and multi-level templates', () => {
    const next = createNumberer(readNumberingXml(xml));
    expect(next('4', 0)).toBe('第5条');
    // %1 in level 1 takes level 0's format, as Word shows it (no isLgl).
    expect([next('3', 0), next('3', 1), next('3', 1)]).toEqual(['①', '①.1', '①.2']);
    expect(next('99', 0)).toBeNull();
  });

  it("reads each paragraph's list reference in document order", () => {
    const doc =
      '<w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:p><w:p/><w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:p></w:body>';
    expect(paragraphNumbering(doc)).toEqual([{ numId: '2', ilvl: 1 }, null, null]);
  });
});
