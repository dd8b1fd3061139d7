import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dialects } from '../../../test/support/db.ts';
import { withDemoApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';

const exec = promisify(execFile);
const docxText = async (body: Buffer) => (await mammoth.extractRawText({ buffer: body })).value;
const soffice = (() => {
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
})();

describe.each(dialects)('briefings on %s', (dialect) => {
  let sup: TestClient;
  let id: number;
  // A fixed clock: the demo ledger dates its history back from the context's clock, so the figures are the same every day.
  const now = new Date('2026-11-20T02:00:00.000Z');
  const fx = withDemoApp(dialect, { now: now.toISOString() });
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  const from = `${year}-${String(month).padStart(2, '0')}-01`;
  const to = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

  beforeAll(async () => {
    sup = await fx.login('supervisor');
  });

  it('drafts a briefing for a month with the dashboard’s figures', async () => {
    const res = await sup.post('/api/briefings', { from, to });
    expect(res.statusCode, res.body).toBe(201);
    const b = res.json();
    id = b.id;
    expect(b).toMatchObject({ status: 'draft', version: 1, title: `关于${month}月份重点任务推进情况的通报` });
    const d = (await sup.get(`/api/dashboard?from=${from}&to=${to}`)).json();
    const f = b.content.figures;
    expect([f.active, f.signedOff, f.overdue, f.signedOffInPeriod]).toEqual([d.active.count, d.signedOff.count, d.overdue.count, d.period.signedOff.count]);
    // One row per child unit and one for the scope's own work; the table adds up to the overview.
    expect(f.rows).toHaveLength(d.byUnit.length + 1);
    expect(f.rows[0]).toMatchObject({ unit: `${d.scope.name}（本级）`, own: true });
    expect(f.rows.reduce((n: number, r: { total: number }) => n + r.total, 0)).toBe(d.active.count);
    expect(f.rows.reduce((n: number, r: { overdue: number }) => n + r.overdue, 0)).toBe(d.overdue.count);
    // Signed by the install's organization department (the demo's root has one), not built from the scope.
    expect(b.content.issuer).toBe('市委组织部');
    // Praise only above the scope's averages on both rates, never the issuer.
    for (const u of f.commended) {
      const r = f.rows.find((x: { unit: string }) => x.unit === u);
      expect(r.completion).toBeGreaterThan(f.completion);
      expect(r.onTime).toBeGreaterThan(f.onTime);
      expect(u).not.toBe(b.content.issuer);
    }
    expect(b.content.sections[2].text).toContain('任务数不少于3项');
    expect(b.content.sections.map((s: { key: string }) => s.key)).toEqual(['overview', 'table', 'commended', 'overdue', 'nextSteps']);
    expect(b.content.sections[0].text).toContain(`共有在办和已办结重点任务${d.active.count}项`);
  });

  it('edits the text of a draft, refusing a stale version', async () => {
    const ok = await sup.patch(`/api/briefings/${id}`, { version: 1, sections: { nextSteps: '一是抓紧办结逾期任务。' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await sup.patch(`/api/briefings/${id}`, { version: 1, title: '旧版本' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('briefing.stale');
  });

  it('renders the .docx with the figures and the edited text, and the tables as .xlsx', async () => {
    const b = (await sup.get(`/api/briefings/${id}`)).json();
    const res = await sup.get(`/api/briefings/${id}.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(res.rawPayload);
    const f = b.content.figures;
    for (const s of [
      b.title,
      '一、总体情况',
      `已销号${f.signedOff}项`,
      `完成率${f.completionRate}`,
      '单位',
      '任务数',
      '已销号',
      '完成率',
      '逾期数',
      '一是抓紧办结逾期任务。',
      '市委组织部',
    ])
      expect(text).toContain(s);
    const shown = f.rows.filter((r: { total: number; signedOff: number; overdue: number }) => r.total || r.signedOff || r.overdue);
    for (const r of shown) expect(text).toContain(r.unit);
    if (shown.length < f.rows.length) expect(text).toContain(`另有${f.rows.length - shown.length}个单位本期无任务`);
    for (const u of f.overdueUnits) expect(text).toContain(`${u.unit}逾期${u.count}项`);
    const x = await sup.get(`/api/briefings/${id}/tables.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const ws = wb.getWorksheet('各单位推进情况')!;
    const names = ws.getColumn(1).values.filter((v) => typeof v === 'string');
    for (const r of shown) expect(names).toContain(r.unit);
    expect(names).toContain('合计');
    // Ready to print: A4, one page wide, the header row repeated, a page footer, a height on every row.
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
      expect(sheet.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      sheet.eachRow((row) => expect(row.height).toBeGreaterThan(0));
    }
    const total = ws.getColumn(1).values.indexOf('合计');
    expect(ws.getRow(total).getCell(2).value).toBe(f.active);
    const rateCell = ws.getRow(3).getCell(4);
    expect(typeof rateCell.value === 'number' || rateCell.value === null).toBe(true);
    expect(rateCell.numFmt).toBe('0.0%');
    const od = wb.getWorksheet('逾期任务')!;
    if (od.rowCount > 2) expect(od.getRow(3).getCell(4).value).toBeInstanceOf(Date);
  });

  // Under CI the conversion must run (CI installs LibreOffice); locally it runs when soffice is there.
  it.runIf((soffice || process.env.CI) && dialect === 'sqlite')(
    'converts to PDF with LibreOffice',
    async () => {
      if (!soffice) throw new Error('LibreOffice is needed for this test: apt-get install -y libreoffice-writer-nogui');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-briefing-pdf-'));
      try {
        const file = path.join(dir, 'briefing.docx');
        fs.writeFileSync(file, (await sup.get(`/api/briefings/${id}.docx`)).rawPayload);
        await exec(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 90_000 });
        const pdf = fs.readFileSync(path.join(dir, 'briefing.pdf'));
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(5000);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );

  it('writes the .docx in the GB/T 9704 layout: exact 28-pt lines, the grid, the font table, the parts of a 通报', async () => {
    const zip = await JSZip.loadAsync((await sup.get(`/api/briefings/${id}.docx`)).rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const spacings = xml.match(/<w:spacing [^>]*w:line="560"[^>]*>/g)!;
    expect(spacings.length).toBeGreaterThan(10);
    for (const s of spacings) expect(s).toContain('w:lineRule="exact"');
    expect(xml).not.toContain('lineRule="exactly"');
    expect(xml).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('X组通〔');
    expect(xml).not.toContain('第');
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /word\/header\d+\.xml/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(headers.join('')).toContain('草稿');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /word\/footer\d+\.xml/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(footers.join('')).toContain('PAGE');
    expect(footers.join('')).toContain('— ');
    const text = await docxText((await sup.get(`/api/briefings/${id}.docx`)).rawPayload);
    expect(text).toContain('各有关单位：');
    expect(text).toContain('市委组织部\n\n');
    expect(text).toMatch(/市委组织部\t\d{4}年\d+月\d+日印发/);
    expect(text).not.toContain('委组织部委组织部');
  });

  it('issues a draft, which is then frozen and listed', async () => {
    const issued = await sup.post(`/api/briefings/${id}/issue`, { version: 2 });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', version: 3 });
    expect(issued.json().content.docNumber).toMatch(/^〔\d{4}〕\d+号$/);
    const zip = await JSZip.loadAsync((await sup.get(`/api/briefings/${id}.docx`)).rawPayload);
    const files = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /word\/(header|document)\d*\.xml/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(files.join('')).not.toContain('草稿');
    expect(files.join('')).toContain(`X组通${issued.json().content.docNumber}`);
    const edit = await sup.patch(`/api/briefings/${id}`, { version: 3, title: '改' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('briefing.issued');
    const list = (await sup.get('/api/briefings?status=issued')).json();
    expect(list.items.map((b: { id: number }) => b.id)).toContain(id);
  });

  it('is for supervisors only', async () => {
    const leader = await fx.login('leader');
    expect((await leader.get('/api/briefings')).statusCode).toBe(403);
    expect((await leader.post('/api/briefings', { from, to })).statusCode).toBe(403);
    expect((await sup.post('/api/briefings', { from: to, to: from })).statusCode).toBe(400);
  });

  it('prints the issue date of the calendar zone: issued at 01:30 in Beijing is that day, not the UTC day before', async () => {
    fx.t.clock.set('2026-11-20T17:30:00.000Z');
    const s = await fx.login('supervisor'); // the clock moved past the idle timeout
    const draft = (await s.post('/api/briefings', { from, to })).json();
    const issued = await s.post(`/api/briefings/${draft.id}/issue`, { version: draft.version });
    expect(issued.statusCode, issued.body).toBe(200);
    const text = await docxText((await s.get(`/api/briefings/${draft.id}.docx`)).rawPayload);
    expect(text).toContain('2026年11月21日印发');
  });

  it('numbers by the calendar zone’s year: issued 2026-12-31 20:00 UTC (1 January 04:00 in Beijing) is 〔2027〕1号', async () => {
    fx.t.clock.set('2026-12-31T20:00:00.000Z');
    const s = await fx.login('supervisor');
    const draft = (await s.post('/api/briefings', { from, to })).json();
    const issued = await s.post(`/api/briefings/${draft.id}/issue`, { version: draft.version });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().content.docNumber).toBe('〔2027〕1号');
  });
});

describe('luoshi briefing', () => {
  const bin = path.resolve(import.meta.dirname, '../../../bin/luoshi.mjs');
  let dir: string;
  const run = async (args: string[]) => {
    try {
      const r = await exec(process.execPath, [bin, ...args], {
        env: { ...process.env, LANG: 'zh_CN.UTF-8', DATA_DIR: dir, DATABASE_URL: '' },
        timeout: 60_000,
      });
      return { code: 0, ...r };
    } catch (e) {
      return e as { code: number; stdout: string; stderr: string };
    }
  };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-briefing-cli-'));
    expect((await run(['seed-demo'])).stdout).toContain('demo data loaded');
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a district’s briefing, and says in one line what is wrong', async () => {
    const out = path.join(dir, 'b.docx');
    const r = await run(['briefing', '--from', '2026-06-01', '--to', '2026-06-30', '--unit', '东城区', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('关于6月份重点任务推进情况的通报');
    const text = await docxText(fs.readFileSync(out));
    expect(text).toContain('截至');
    // Signed by the organization department, whatever the scope: never 东城区委组织部.
    expect(text).toContain('市委组织部');
    expect(text).not.toContain('东城区委组织部');
    expect(text).toContain('东城区（本级）');
    const bad = await run(['briefing', '--from', '2026-06-01', '--to', '2026-06-30', '--unit', '不存在区', '--out', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('luoshi: no unit named "不存在区"');
  }, 60_000);
});
