import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readXlsx, xlsx } from '../../../../test/support/upload.ts';

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

const head = ['组织名称', '组织类别', '组织类型', '上级党组织', '所在单位', '成立日期', '书记', '书记身份', '党员数', '换届日期', '届满日期'];

describe('luoshi import-party-orgs and export-party-orgs', () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-party-orgs-cli-'));
    env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    expect((await luoshi(['seed-demo'], env)).stdout).toContain('demo data loaded');
  }, 120_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('exports the registry, imports a list under it (bad rows named, then skipped), and exports the lot', async () => {
    const first = path.join(dataDir, 'orgs.xlsx');
    const r = await luoshi(['export-party-orgs', '--out', first], env);
    expect(r.stderr).toBe('');
    const n = Number(/exported (\d+) organizations/.exec(r.stdout)?.[1]);
    expect(n).toBeGreaterThan(50);
    const ws = (await readXlsx(fs.readFileSync(first))).worksheets[0];
    expect((ws.getRow(2).values as string[]).slice(1)).toEqual(head);
    expect(ws.rowCount).toBe(n + 2);

    const list = path.join(dataDir, 'new.xlsx');
    fs.writeFileSync(
      list,
      await xlsx(
        [
          head,
          ['中共东华社区第二支部委员会', '城市社区', '党支部', '中共东华社区委员会', '东华社区', '', '周明', '', 8, '2025-06-01', ''],
          ['中共东华社区第三支部委员会', '城市社区', '', '中共东华社区委员会', '东华社区', '', '', '', 5, '2025-06-01', ''],
          ['中共不存在支部委员会', '城市社区', '党支部', '', '不存在社区', '', '', '', '', '', ''],
        ],
        '党组织',
      ),
    );
    const refused = await luoshi(['import-party-orgs', list], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 4, 所在单位: 找不到单位“不存在社区”');
    const done = await luoshi(['import-party-orgs', list, '--skip-bad-rows'], env);
    expect(done.stderr).toContain('row 4');
    expect(done.stdout).toMatch(/^imported 2 organizations \(batch \d+\), skipped 1 rows/);

    const second = path.join(dataDir, 'all.xlsx');
    const again = await luoshi(['export-party-orgs', '--out', second], env);
    expect(again.stdout).toContain(`exported ${n + 2} organizations`);
    const rows = (await readXlsx(fs.readFileSync(second))).worksheets[0];
    const last = (rows.getRow(n + 4).values as unknown[]).slice(1, 5);
    expect(last).toEqual(['中共东华社区第三支部委员会', '城市社区', '党支部', '中共东华社区委员会']);
  }, 90_000);
});
