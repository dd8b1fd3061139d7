import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn } from '../../../test/support/http.ts';
import { verifyAuditChain } from './index.ts';

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
    const before = await s.t.ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const admin = await loggedIn(s.app, 'admin', PASSWORD);
    const dup = await admin.post('/api/units', { name: '东城区', kind: 'district', parentId: s.city.units.city });
    expect(dup.statusCode).toBe(409);
    const units = await s.t.ctx.db.selectFrom('units').select('id').where('name', '=', '东城区').execute();
    expect(units).toHaveLength(1);
    const after = await s.t.ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '!=', 'login').executeTakeFirstOrThrow();
    const logins = await s.t.ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'login').executeTakeFirstOrThrow();
    expect(Number(after.n) + Number(logins.n)).toBe(Number(before.n) + 1); // only the login
  });
});
