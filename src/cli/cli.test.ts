import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const exec = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/luoshi.mjs');

async function luoshi(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { env: { ...process.env, ...env, LANG: 'en_US.UTF-8' }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('the luoshi CLI', () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-cli-'));
    env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const seeded = await luoshi(['seed-demo'], env);
    expect(seeded.stderr).toBe('');
    expect(seeded.stdout).toContain('demo data loaded');
  }, 120_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('lists its commands', async () => {
    const r = await luoshi(['--help'], env);
    for (const cmd of ['serve', 'migrate', 'seed-demo', 'create-user', 'create-token', 'reset-password', 'backup', 'audit']) expect(r.stdout).toContain(cmd);
  });

  it('creates a user and a token, and refuses a second demo load', async () => {
    const u = await luoshi(
      ['create-user', '--username', 'ops', '--name', '运维', '--unit', '市委组织部', '--password', 'Ops@2026x', '--role', 'supervisor'],
      env,
    );
    expect(u.code).toBe(0);
    const tok = await luoshi(['create-token', 'ops'], env);
    expect(tok.stdout.trim()).toMatch(/^ls_[A-Za-z0-9_-]{30,}$/);
    const again = await luoshi(['seed-demo'], env);
    expect(again.stdout).toContain('not loaded');
    const missing = await luoshi(['create-token', 'nobody'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('luoshi: no user "nobody"');
    const weak = await luoshi(['create-user', '--username', 'weak', '--name', 'W', '--unit', '东城区', '--password', 'short'], env);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('body.password');
  });

  it("resets a secAdmin's password only with --break-glass, and audits it as such (issue 10.2)", async () => {
    const plain = await luoshi(['reset-password', 'secadmin', '--password', 'Glass@2026xyz'], env);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('--break-glass');
    const glass = await luoshi(['reset-password', 'secadmin', '--password', 'Glass@2026xyz', '--break-glass'], env);
    expect(glass.code, glass.stderr).toBe(0);
    expect(glass.stdout).toContain('break-glass');
    const db = new Database(path.join(dataDir, 'luoshi.db'), { readonly: true });
    const row = db.prepare("select actor_name, action from audit_log where action like 'user.resetPassword%' order by id desc limit 1").get();
    db.close();
    expect(row).toEqual({ actor_name: 'cli', action: 'user.resetPassword.breakGlass' });
    const business = await luoshi(['reset-password', 'supervisor', '--password', 'Glass@2026xyz'], env);
    expect(business.code, business.stderr).toBe(0);
    expect(business.stdout).not.toContain('break-glass');
  });

  it('writes a backup that opens and holds the same rows', async () => {
    const out = path.join(dataDir, 'backup', 'copy.db');
    const r = await luoshi(['backup', '--out', out], env);
    expect(r.code).toBe(0);
    const count = (file: string, table: string) => {
      const db = new Database(file, { readonly: true });
      const n = (db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
      db.close();
      return n;
    };
    for (const table of ['units', 'users', 'audit_log']) expect(count(out, table)).toBe(count(path.join(dataDir, 'luoshi.db'), table));
    expect(count(out, 'users')).toBeGreaterThan(20);
  });

  it('prints a signed anchor and verifies the chain against it; a forged anchor is one line, exit 1 (issue 10.10)', async () => {
    const a = await luoshi(['audit', 'anchor'], env);
    expect(a.code).toBe(0);
    const anchor = a.stdout.trim();
    expect(anchor).toMatch(/^LSA1\.\d+\.[0-9a-f]{64}\./);
    const ok = await luoshi(['audit', 'verify', '--anchor', anchor], env);
    expect(ok.stdout).toMatch(/audit log intact: \d+ rows, agrees with 1 anchor/);
    const forged = await luoshi(
      ['audit', 'verify', '--anchor', anchor.replace(/\.([0-9a-f])([0-9a-f]{31})$/, (_, c: string, rest: string) => `.${c === '0' ? '1' : '0'}${rest}`)],
      env,
    );
    expect(forged.code).toBe(1);
    expect(forged.stderr.trim().split('\n')).toHaveLength(1);
    expect(forged.stderr).toContain('anchor[0]');
    expect(fs.statSync(path.join(dataDir, 'audit-key')).mode & 0o777).toBe(0o600);
  });

  it('verifies the audit chain and names a row changed behind its back', async () => {
    expect((await luoshi(['audit', 'verify'], env)).stdout).toMatch(/audit log intact: \d+ rows/);
    const db = new Database(path.join(dataDir, 'luoshi.db'));
    db.prepare("update audit_log set after = '{}' where id = 12").run();
    db.close();
    const r = await luoshi(['audit', 'verify'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 12 was changed');
  });

  it('sets up an empty install: the root unit, then its first administrator', async () => {
    const empty = { DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-cli-empty-')), DATABASE_URL: '' };
    const root = await luoshi(['create-unit', '--name', 'Y市', '--kind', 'city'], empty);
    expect(root.stdout).toContain('created unit Y市');
    expect((await luoshi(['create-unit', '--name', '市委组织部', '--kind', 'department', '--parent', 'Y市'], empty)).code).toBe(0);
    const bad = await luoshi(['create-unit', '--name', '某街道', '--kind', 'street', '--parent', 'Y市'], empty);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('street');
    const admin = await luoshi(
      ['create-user', '--username', 'root-admin', '--name', '管理员', '--unit', 'Y市', '--password', 'Admin@2026x', '--role', 'sysAdmin'],
      empty,
    );
    expect(admin.stdout).toContain('created user root-admin');
    fs.rmSync(empty.DATA_DIR, { recursive: true, force: true });
  });

  it('rejects a bad environment with a one-line reason', async () => {
    const r = await luoshi(['migrate'], { ...env, PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('luoshi: PORT: expected a whole number, got "eighty"');
    const d = await luoshi(['migrate'], { ...env, DATABASE_URL: 'mysql://x' });
    expect(d.stderr).toContain('DATABASE_URL');
  });

  it('reports a module command failing on a broken database in one line, with no stack trace', async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-cli-broken-'));
    fs.writeFileSync(path.join(broken, 'luoshi.db'), 'this file is no SQLite database '.repeat(8));
    const r = await luoshi(['remind-scan'], { DATA_DIR: broken, DATABASE_URL: '' });
    fs.rmSync(broken, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('luoshi: file is not a database');
  });
});
