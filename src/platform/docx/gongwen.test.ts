import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { para, renderGongwen } from './gongwen.ts';

const tool = (name: string) => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};
const TEN = '一二三四五六七八九十';

describe('GB/T 9704 page: 22 lines × 28 characters', () => {
  it('writes fixed 28-pt lines, a 22-line grid and the character spacing that makes 28 a line', async () => {
    const zip = await JSZip.loadAsync(await renderGongwen({ title: 't', creator: 'c', children: [para(TEN)] }));
    expect(await zip.file('word/document.xml')!.async('string')).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:rPrDefault><w:rPr>.*<w:spacing w:val="-5"\/>.*<\/w:rPrDefault>/);
  });

  it.runIf(tool('soffice') && tool('pdftotext'))(
    'prints 28 characters a line and 22 lines a page in LibreOffice',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-grid-pdf-'));
      try {
        // 30 paragraphs of 56 characters: 60 lines of 28, 22 on a full page.
        const children = Array.from({ length: 30 }, () => para(TEN.repeat(5) + TEN.slice(0, 6)));
        fs.writeFileSync(path.join(dir, 'g.docx'), await renderGongwen({ title: 't', creator: 'c', children }));
        execFileSync(
          'soffice',
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'g.docx')],
          { timeout: 90_000 },
        );
        const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', path.join(dir, 'g.pdf'), '-'], { encoding: 'utf8' })
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => /^[一二三四五六七八九十]+$/.test(l));
        expect(page1.length).toBe(22);
        expect(page1.map((l) => [...l].length)).toEqual(Array(22).fill(28));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
