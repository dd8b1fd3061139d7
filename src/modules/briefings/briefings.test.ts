import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { dialects, openTestContext, type TestContext } from '../../../test/support/db.ts';
import { loggedIn, testApp, type TestClient } from '../../../test/support/http.ts';
import { loadDemoOnce } from '../../platform/seed.ts';
import { DEMO_PASSWORD } from '../demo/index.ts';

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
  let t: TestContext;
  let app: FastifyInstance;
  let sup: TestClient;
  let id: number;
  const year = new Date().getFullYear();
  const month = new Date().getMonth() + 1;
  const from = `${year}-${String(month).padStart(2, '0')}-01`;
  const to = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await openTestContext(dialect, { now: new Date().toISOString() }); // the demo dates back from the real clock
    await loadDemoOnce(t.ctx);
    app = await testApp(t.ctx);
    sup = await loggedIn(app, 'supervisor', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
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
    expect(f.rows).toHaveLength(d.byUnit.length);
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
    for (const s of [b.title, '一、总体情况', `已销号${f.signedOff}项`, `完成率${f.completionRate}`, '单位', '任务数', '已销号', '完成率', '逾期数', '一是抓紧办结逾期任务。', '市委组织部']) expect(text).toContain(s);
    for (const r of f.rows) expect(text).toContain(r.unit);
    for (const u of f.overdueUnits) expect(text).toContain(`${u.unit}逾期${u.count}项`);
    const x = await sup.get(`/api/briefings/${id}/tables.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const ws = wb.getWorksheet('各单位推进情况')!;
    expect(ws.rowCount).toBe(f.rows.length + 1);
    expect(ws.getRow(2).values).toEqual([undefined, f.rows[0].unit, f.rows[0].total, f.rows[0].signedOff, f.rows[0].rate, f.rows[0].overdue]);
  });

  // Under CI the conversion must run (CI installs LibreOffice); locally it runs when soffice is there.
  it.runIf((soffice || process.env.CI) && dialect === 'sqlite')('converts to PDF with LibreOffice', async () => {
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
  }, 120_000);

  it('issues a draft, which is then frozen and listed', async () => {
    const issued = await sup.post(`/api/briefings/${id}/issue`, { version: 2 });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', version: 3 });
    const edit = await sup.patch(`/api/briefings/${id}`, { version: 3, title: '改' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('briefing.issued');
    const list = (await sup.get('/api/briefings?status=issued')).json();
    expect(list.items.map((b: { id: number }) => b.id)).toContain(id);
  });

  it('is for supervisors only', async () => {
    const leader = await loggedIn(app, 'leader', DEMO_PASSWORD);
    expect((await leader.get('/api/briefings')).statusCode).toBe(403);
    expect((await leader.post('/api/briefings', { from, to })).statusCode).toBe(403);
    expect((await sup.post('/api/briefings', { from: to, to: from })).statusCode).toBe(400);
  });
});

describe('luoshi briefing', () => {
  const bin = path.resolve(import.meta.dirname, '../../../bin/luoshi.mjs');
  let dir: string;
  const run = async (args: string[]) => {
    try {
      const r = await exec(process.execPath, [bin, ...args], { env: { ...process.env, LANG: 'zh_CN.UTF-8', DATA_DIR: dir, DATABASE_URL: '' }, timeout: 60_000 });
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
    expect(text).toContain('东华街道');
    const bad = await run(['briefing', '--from', '2026-06-01', '--to', '2026-06-30', '--unit', '不存在区', '--out', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('luoshi: no unit named "不存在区"');
  }, 60_000);
});
