import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readXlsx, xlsx } from './test-kit.ts';

/** LibreOffice with Calc (Debian's libreoffice-calc-nogui; `npm test` installs it as root) and poppler's pdftotext. */
const canPrintXlsx = (() => {
  try {
    return fs.existsSync('/usr/lib/libreoffice/program/libscfiltlo.so') && !!execFileSync('which', ['pdftotext'], { encoding: 'utf8' }).trim();
  } catch {
    return false;
  }
})();

const exec = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../../../bin/luoshi.mjs');

async function luoshi(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { env: { ...process.env, LANG: 'zh_CN.UTF-8', ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('luoshi export-ledger and import-ledger', () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-excel-cli-'));
    env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    expect((await luoshi(['seed-demo'], env)).stdout).toContain('demo data loaded');
  }, 120_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('exports one unit’s ledger and reads it back in as drafts', async () => {
    const out = path.join(dataDir, '东城区.xlsx');
    const r = await luoshi(['export-ledger', '--out', out, '--unit', '东城区', '--drafts'], env);
    expect(r.stderr).toBe('');
    const n = Number(/exported (\d+) tasks/.exec(r.stdout)?.[1]);
    expect(n).toBeGreaterThan(0);
    const ws = (await readXlsx(fs.readFileSync(out))).worksheets[0];
    expect(String(ws.getCell('A1').value)).toMatch(/^东城区重点任务推进台账（截至\d{4}年\d+月\d+日）$/);
    expect(ws.rowCount).toBe(n + 3); // title, 填报单位 line, header

    const back = await luoshi(['import-ledger', out, '--source', '命令行导入'], env);
    expect(back.stderr).toBe('');
    expect(back.stdout).toMatch(new RegExp(`^imported ${n} tasks \\(batch \\d+\\)`));

    const drafts = path.join(dataDir, 'drafts.xlsx');
    const only = await luoshi(['export-ledger', '--out', drafts, '--unit', '东城区', '--status', 'draft'], env);
    expect(Number(/exported (\d+) tasks/.exec(only.stdout)?.[1])).toBeGreaterThanOrEqual(n);
  }, 60_000);

  it.runIf(canPrintXlsx)(
    'prints the demo’s city-wide ledger one page wide, the header on every page (LibreOffice)',
    async () => {
      const out = path.join(dataDir, 'city.xlsx');
      expect((await luoshi(['export-ledger', '--out', out, '--drafts'], env)).stderr).toBe('');
      await exec('soffice', [`-env:UserInstallation=file://${dataDir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dataDir, out], {
        timeout: 120_000,
      });
      const pdf = path.join(dataDir, 'city.pdf');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeGreaterThan(0);
      // A column that spilled past the page's width would print on a page of its own, without 序号.
      for (let p = 1; p <= pages; p++) {
        const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text, `page ${p}`).toContain('序号');
        expect(text, `page ${p}`).toContain('备注');
        expect(text, `page ${p}`).toMatch(/第\s*\d+\s*页\s*共\s*\d+\s*页/);
      }
    },
    180_000,
  );

  it('refuses an unknown unit or status in one line', async () => {
    const out = path.join(dataDir, 'x.xlsx');
    const unit = await luoshi(['export-ledger', '--out', out, '--unit', '东城'], env);
    expect([unit.code, unit.stderr.trim()]).toEqual([1, 'luoshi: no unit named "东城"']);
    const status = await luoshi(['export-ledger', '--out', out, '--status', 'finished'], env);
    expect(status.code).toBe(1);
    expect(status.stderr.trim().split('\n')).toHaveLength(1);
    expect(status.stderr).toContain('unknown status "finished"');
  }, 60_000);

  it('prints every bad row and exits 1 when nothing was imported', async () => {
    const file = path.join(dataDir, 'bad.xlsx');
    fs.writeFileSync(
      file,
      await xlsx([
        ['序号', '任务内容', '牵头单位', '完成时限'],
        [1, '推进网格化', '东城'],
        [2, '整顿', '西城区', '明天吧'],
        [3, '好任务', '西城区', '年底前'],
      ]),
    );
    const r = await luoshi(['import-ledger', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'row 2, 牵头单位: 找不到单位“东城”',
      'row 3, 完成时限: 无法识别完成时限“明天吧”，请填写日期（如 2026-12-31）或“年底前”“6月底前”等',
      'luoshi: nothing imported: 2 rows are wrong',
    ]);
    const skip = await luoshi(['import-ledger', file, '--skip-bad-rows'], { ...env, LANG: 'en_US.UTF-8' });
    expect(skip.code).toBe(0);
    expect(skip.stderr).toContain('row 2, Lead unit: No unit named "东城"');
    expect(skip.stdout).toMatch(/^imported 1 tasks \(batch \d+\), skipped 2 rows/);
  }, 60_000);
});
