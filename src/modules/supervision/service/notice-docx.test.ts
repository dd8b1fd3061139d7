import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { renderNoticeDocx, type NoticeDocument } from './notice-docx.ts';

const notice: NoticeDocument = {
  number: 'X组督〔2026〕1号',
  unitName: '市人力资源和社会保障局',
  taskTitle: '推进社区网格化管理，完善网格员配备和考核激励机制',
  taskNumber: '三要 1.1',
  deadline: '2026-06-30',
  progress: '已完成网格划分（进度 40%）',
  requirements: '请加快推进网格员配备，确保按期完成。',
  dueBy: '2026-03-08',
  issuerUnit: '市委组织部',
  issuerName: '张督办',
  issuedOn: '2026-03-01',
  helperUnits: ['市民政局', '东城区'],
  signer: '王部长',
  phone: '0000-1234567',
};
const tool = (name: string) => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

describe('督办单 .docx', () => {
  it('has the parts of a 督办单 in the GB/T 9704 layout', async () => {
    const zip = await JSZip.loadAsync(await renderNoticeDocx(notice));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const s of [
      '督办事项',
      '牵头单位',
      '配合单位',
      '完成时限',
      '进展情况',
      '督办要求',
      '反馈时限',
      '反馈方式',
      '联系人：张督办',
      '签发人：王部长',
      '市民政局、东城区',
      '电话：0000-1234567',
      '回执',
      '（经办人：张督办）',
    ])
      expect(xml).toContain(s);
    for (const s of xml.match(/<w:spacing [^>]*w:line="560"[^>]*>/g)!) expect(s).toContain('w:lineRule="exact"');
    expect(xml).toContain('<w:cantSplit/>');
    expect(await zip.file('word/fontTable.xml')!.async('string')).toContain('<w:altName w:val="仿宋"/>');
  });

  it.runIf(tool('soffice') && tool('pdfinfo'))(
    'prints a normal request on one page, the 回执 on the next',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-notice-pdf-'));
      try {
        fs.writeFileSync(path.join(dir, 'n.docx'), await renderNoticeDocx(notice));
        execFileSync(
          'soffice',
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'n.docx')],
          { timeout: 90_000 },
        );
        expect(execFileSync('pdfinfo', [path.join(dir, 'n.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+2\n/);
        const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', path.join(dir, 'n.pdf'), '-'], { encoding: 'utf8' });
        expect(first).toContain('经办人');
        expect(first).not.toContain('回执');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
