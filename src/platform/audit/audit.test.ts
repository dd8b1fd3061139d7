import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn } from '../../../test/support/http.ts';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditKeyOf, AuditKeyPlugin, resolveAuditKey, verifyAuditChain } from './index.ts';
import { rowHash, type ChainedFields } from './chain.ts';
import { loadConfig } from '../config.ts';

describe.each(dialects)('audit log on %s', (dialect) => {
  const s = withCityApp(dialect);

  it('writes a row per change and login, with before/after and personal fields masked', async () => {
    const admin = await loggedIn(s.app, 'admin', PASSWORD);
    const user = (await admin.get(`/api/users/${s.city.users['liaison-east']}`)).json();
    const res = await admin.patch(`/api/users/${user.id}`, { version: user.version, phone: '13912345678', displayName: '改名后' });
    expect(res.statusCode).toBe(200);
    const auditor = await loggedIn(s.app, 'auditor', PASSWORD);
    const rows = (await auditor.get(`/api/audit?entity=user&entityId=${user.id}&action=update`)).json().items;
    expect(rows).toHaveLength(1);
    expect(rows[0].actorName).toBe('admin');
    expect(JSON.parse(rows[0].after).displayName).toBe('改名后');
    expect(rows[0].after).not.toContain('13912345678');
    expect(JSON.parse(rows[0].after).phone).toBe('139****5678');
    const logins = (await auditor.get('/api/audit?action=login&actor=admin')).json();
    expect(logins.total).toBeGreaterThanOrEqual(1);
    const failed = await new (await import('../../../test/support/http.ts')).TestClient(s.app).login('admin', 'nope');
    expect(failed.statusCode).toBe(401);
    expect((await auditor.get('/api/audit?action=login.failed&actor=admin')).json().total).toBe(1);
  });

  it('offers no way to change or delete audit rows over HTTP', async () => {
    const auditor = await loggedIn(s.app, 'auditor', PASSWORD);
    for (const res of [await auditor.delete('/api/audit/1'), await auditor.patch('/api/audit/1', { action: 'x' }), await auditor.put('/api/audit/1', {})]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await auditor.get('/api/audit/verify')).json().ok).toBe(true);
  });

  it('names the first row changed behind the application’s back, and a removed one', async () => {
    expect((await verifyAuditChain(s.t.ctx.db)).ok).toBe(true);
    const rows = await s.t.ctx.db.selectFrom('audit_log').select(['id', 'after']).orderBy('id').execute();
    const victim = rows[5];
    await sql`update audit_log set actor_name = 'someone-else' where id = ${victim.id}`.execute(s.t.ctx.db);
    expect(await verifyAuditChain(s.t.ctx.db)).toMatchObject({ ok: false, firstBad: { id: victim.id, problem: 'changed' } });
    await sql`update audit_log set actor_name = ${'test'} where id = ${victim.id}`.execute(s.t.ctx.db);
    expect((await verifyAuditChain(s.t.ctx.db)).ok).toBe(true);
    await sql`delete from audit_log where id = ${rows[7].id}`.execute(s.t.ctx.db);
    expect(await verifyAuditChain(s.t.ctx.db)).toMatchObject({ ok: false, firstBad: { id: rows[8].id, problem: 'removedBefore' } });
  });

  it('commits the audit row with the change, or neither', async () => {
    const before = await s.t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const admin = await loggedIn(s.app, 'admin', PASSWORD);
    const dup = await admin.post('/api/units', { name: '东城区', kind: 'district', parentId: s.city.units.city });
    expect(dup.statusCode).toBe(409);
    const units = await s.t.ctx.db.selectFrom('units').select('id').where('name', '=', '东城区').execute();
    expect(units).toHaveLength(1);
    const after = await s.t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '!=', 'login')
      .executeTakeFirstOrThrow();
    const logins = await s.t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'login')
      .executeTakeFirstOrThrow();
    expect(Number(after.n) + Number(logins.n)).toBe(Number(before.n) + 1); // only the login
  });
});

describe.each(dialects)('the keyed audit chain on %s (issue 10.10)', (dialect) => {
  const s = withCityApp(dialect);
  const rowsInOrder = () => s.t.ctx.db.selectFrom('audit_log').selectAll().orderBy('id').execute();

  /** What an attacker with write access to the database does: change a row, then recompute every later hash and the head. */
  async function rewriteFrom(victimId: number, hashOf: (row: ChainedFields) => string) {
    await sql`update audit_log set actor_name = 'someone-else' where id = ${victimId}`.execute(s.t.ctx.db);
    let prev: string | null = null;
    let last = { id: 0, hash: '' };
    for (const row of await rowsInOrder()) {
      if (row.id < victimId) {
        prev = row.hash;
        continue;
      }
      const fixed = { ...row, prev_hash: prev ?? row.prev_hash };
      const hash = hashOf(fixed);
      await sql`update audit_log set prev_hash = ${fixed.prev_hash}, hash = ${hash} where id = ${row.id}`.execute(s.t.ctx.db);
      prev = hash;
      last = { id: row.id, hash };
    }
    await sql`update settings set value = ${JSON.stringify(last)} where key = 'audit.head'`.execute(s.t.ctx.db);
  }

  it('a rewrite without the key is named at the row it changed', async () => {
    const victim = (await rowsInOrder())[3];
    await rewriteFrom(victim.id, (row) =>
      crypto
        .createHash('sha256')
        .update(JSON.stringify([row.at, row.actor_id, row.actor_name, row.ip, row.action, row.entity, row.entity_id, row.before, row.after, row.prev_hash]))
        .digest('hex'),
    );
    expect(await verifyAuditChain(s.t.ctx.db)).toMatchObject({ ok: false, firstBad: { id: victim.id, problem: 'changed' } });
  });

  it('a rewrite by someone holding the key passes the chain but not an anchor taken before it', async () => {
    const auditor = await loggedIn(s.app, 'auditor', PASSWORD);
    // The earlier test broke this city's chain: start from a clean one by re-keying every row.
    const key = auditKeyOf(s.t.ctx.db);
    await rewriteFrom((await rowsInOrder())[0].id, (row) => rowHash(row, key));
    await sql`update audit_log set actor_name = 'test' where actor_name = 'someone-else'`.execute(s.t.ctx.db);
    await rewriteFrom((await rowsInOrder())[0].id, (row) => rowHash(row, key));
    expect((await verifyAuditChain(s.t.ctx.db)).ok).toBe(true);

    const taken = await auditor.get('/api/audit/anchor');
    expect(taken.statusCode).toBe(200);
    const { anchor, id } = taken.json();
    const before = await auditor.get(`/api/audit/verify?anchor=${encodeURIComponent(anchor)}`);
    expect(before.json()).toMatchObject({ ok: true, anchors: 1 });

    const victim = (await rowsInOrder()).find((r) => r.id <= id && r.id > 2)!;
    await rewriteFrom(victim.id, (row) => rowHash(row, key));
    expect((await verifyAuditChain(s.t.ctx.db)).ok).toBe(true);
    const after = await auditor.get(`/api/audit/verify?anchor=${encodeURIComponent(anchor)}`);
    expect(after.json()).toMatchObject({ ok: false, firstBad: { id, problem: 'differsFromAnchor' } });
  });

  it('refuses a malformed or forged anchor with a 400 naming it, in the user’s language', async () => {
    const auditor = await loggedIn(s.app, 'auditor', PASSWORD);
    const { anchor } = (await auditor.get('/api/audit/anchor')).json();
    const forged = anchor.slice(0, -1) + (anchor.endsWith('0') ? '1' : '0');
    const res = await auditor.get(`/api/audit/verify?anchor=${encodeURIComponent(forged)}`, { 'accept-language': 'zh-CN' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('anchor[0]');
    expect(JSON.stringify(res.json())).toContain('签名不符');
    const junk = await auditor.get('/api/audit/verify?anchor=hello', { 'accept-language': 'en-US' });
    expect(junk.statusCode).toBe(400);
    expect(JSON.stringify(junk.json())).toContain('LSA1');
  });

  it('says “wrong key” when verified with another key, and no one else may take an anchor', async () => {
    const other = s.t.ctx.db.withoutPlugins().withPlugin(new AuditKeyPlugin({ alg: 'sm3', secret: crypto.randomBytes(32) }));
    expect(await verifyAuditChain(other)).toMatchObject({ ok: false, firstBad: { problem: 'wrongKey' } });
    const liaison = await loggedIn(s.app, 'liaison-east', PASSWORD);
    expect((await liaison.get('/api/audit/anchor')).statusCode).toBe(403);
  });
});

describe('the audit key (issue 10.10)', () => {
  const base = () => loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-key-')) });

  it('is generated once into DATA_DIR/audit-key, mode 600, and read back the same', () => {
    const config = base();
    const a = resolveAuditKey(config);
    expect(a.alg).toBe('sm3');
    expect(fs.statSync(path.join(config.dataDir, 'audit-key')).mode & 0o777).toBe(0o600);
    expect(resolveAuditKey(config).secret.equals(a.secret)).toBe(true);
  });

  it('comes from AUDIT_KEY or AUDIT_KEY_FILE, and a bad one is refused naming the variable', () => {
    const hex = 'ab'.repeat(32);
    expect(resolveAuditKey(loadConfig({ AUDIT_KEY: hex, AUDIT_HMAC: 'sha256' }))).toMatchObject({ alg: 'sha256' });
    expect(() => resolveAuditKey(loadConfig({ AUDIT_KEY: 'short' }))).toThrow(/AUDIT_KEY/);
    expect(() => loadConfig({ AUDIT_HMAC: 'md5' })).toThrow(/AUDIT_HMAC/);
    expect(() => resolveAuditKey(loadConfig({ AUDIT_KEY_FILE: '/nonexistent/key' }))).toThrow(/AUDIT_KEY_FILE/);
  });

  it('keys SM3 and SHA-256 HMACs differently from a plain hash', () => {
    const secret = Buffer.alloc(32, 7);
    const row: ChainedFields = {
      at: '2026-12-02T00:00:00.000Z',
      actor_id: 1,
      actor_name: 'a',
      ip: null,
      action: 'x',
      entity: 'y',
      entity_id: null,
      before: null,
      after: null,
      prev_hash: '0'.repeat(64),
    };
    const sm3 = rowHash(row, { alg: 'sm3', secret });
    const sha = rowHash(row, { alg: 'sha256', secret });
    expect(sm3).toMatch(/^[0-9a-f]{64}$/);
    expect(sm3).not.toBe(sha);
    expect(rowHash(row, { alg: 'sm3', secret: Buffer.alloc(32, 8) })).not.toBe(sm3);
  });
});
