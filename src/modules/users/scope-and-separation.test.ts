import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn } from '../../../test/support/http.ts';

describe.each(dialects)('data scope and separated administrators on %s', (dialect) => {
  const s = withCityApp(dialect);

  it('a district user neither lists nor reads another district’s units', async () => {
    const c = await loggedIn(s.app, 'liaison-east', PASSWORD);
    const list = (await c.get('/api/units?pageSize=200')).json();
    const names = list.items.map((u: { name: string }) => u.name);
    expect(names.sort()).toEqual(['东华社区', '东华街道', '东城区'].sort());
    expect(list.total).toBe(3);
    expect((await c.get(`/api/units/${s.city.units.west}`)).statusCode).toBe(404);
    expect((await c.get(`/api/units/${s.city.units.westStreet}`)).statusCode).toBe(404);
    expect((await c.get(`/api/units/${s.city.units.eastStreet}`)).statusCode).toBe(200);
  });

  it('a district leader neither lists nor reads another district’s users', async () => {
    const c = await loggedIn(s.app, 'leader-east', PASSWORD);
    const list = (await c.get('/api/users?pageSize=200')).json();
    const usernames = list.items.map((u: { username: string }) => u.username);
    expect(usernames).toContain('liaison-east');
    expect(usernames).not.toContain('liaison-west');
    expect(list.total).toBe(list.items.length);
    expect((await c.get(`/api/users/${s.city.users['liaison-west']}`)).statusCode).toBe(404);
  });

  it('masks phones unless the role may see personal data', async () => {
    const leader = await loggedIn(s.app, 'leader', PASSWORD);
    const masked = (await leader.get(`/api/users/${s.city.users['liaison-east']}`)).json();
    expect(masked.phone).toMatch(/^138\*+\d{4}$/);
    const admin = await loggedIn(s.app, 'admin', PASSWORD);
    expect((await admin.get(`/api/users/${s.city.users['liaison-east']}`)).json().phone).toMatch(/^1380013\d{4}$/);
  });

  it('a district sysAdmin manages only units and users below the district', async () => {
    const c = await loggedIn(s.app, 'admin-east', PASSWORD);
    expect((await c.post('/api/units', { name: '东城新社区', kind: 'community', parentId: s.city.units.eastStreet })).statusCode).toBe(201);
    const outside = await c.post('/api/units', { name: '西城新社区', kind: 'community', parentId: s.city.units.westStreet });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().code).toBe('unit.parent_not_found');
    expect((await c.post('/api/users', { username: 'west-x', displayName: 'X', unitId: s.city.units.west, password: PASSWORD })).statusCode).toBe(400);
  });

  it('sysAdmin cannot grant roles or read the audit log', async () => {
    const c = await loggedIn(s.app, 'admin', PASSWORD);
    const roles = (await c.get('/api/roles')).json().items;
    const grant = await c.put(`/api/users/${s.city.users['liaison-west']}/grants`, { grants: [{ roleId: roles[0].id, unitId: s.city.units.west }] });
    expect(grant.statusCode).toBe(403);
    expect((await c.get('/api/audit')).statusCode).toBe(403);
  });

  it('secAdmin grants roles and sets policy but cannot create users or units', async () => {
    const c = await loggedIn(s.app, 'secadmin', PASSWORD);
    expect((await c.post('/api/users', { username: 'x1', displayName: 'X', unitId: s.city.units.city, password: PASSWORD })).statusCode).toBe(403);
    expect((await c.post('/api/units', { name: '某单位', kind: 'department', parentId: s.city.units.city })).statusCode).toBe(403);
    const roles: { id: number; code: string }[] = (await c.get('/api/roles')).json().items;
    const id = (code: string) => roles.find((r) => r.code === code)!.id;
    const ok = await c.put(`/api/users/${s.city.users['liaison-west']}/grants`, {
      grants: [
        { roleId: id('liaison'), unitId: s.city.units.west },
        { roleId: id('liaison'), unitId: s.city.units.eastStreet },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(
      ok
        .json()
        .roles.map((r: { unitName: string }) => r.unitName)
        .sort(),
    ).toEqual(['东华街道', '西城区'].sort());
    const both = await c.put(`/api/users/${s.city.users['leader-east']}/grants`, {
      grants: [
        { roleId: id('sysAdmin'), unitId: s.city.units.east },
        { roleId: id('auditor'), unitId: s.city.units.east },
      ],
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().code).toBe('security.admin_separation');
    expect((await c.put(`/api/users/${s.city.users.secadmin}/grants`, { grants: [] })).statusCode).toBe(403);
    expect((await c.get('/api/audit')).statusCode).toBe(403);
    const policy = (await c.get('/api/policy')).json();
    expect(policy.lockoutThreshold).toBe(5);
    expect((await c.put('/api/policy', { ...policy, sessionIdleMinutes: 45 })).json().sessionIdleMinutes).toBe(45);
  });

  it('a user serving in two units (兼职) sees both', async () => {
    const c = await loggedIn(s.app, 'liaison-west', PASSWORD);
    const names = (await c.get('/api/units/tree')).json().items.map((u: { name: string }) => u.name);
    expect(names).toEqual(expect.arrayContaining(['西城区', '东华街道', '东华社区']));
    expect(names).not.toContain('东城区');
  });

  it('auditor reads the log and can change nothing', async () => {
    const c = await loggedIn(s.app, 'auditor', PASSWORD);
    const log = (await c.get('/api/audit?pageSize=5')).json();
    expect(log.total).toBeGreaterThan(0);
    expect((await c.post('/api/units', { name: '审计单位', kind: 'department', parentId: s.city.units.city })).statusCode).toBe(403);
    expect((await c.patch(`/api/users/${s.city.users.leader}`, { version: 1, displayName: 'x' })).statusCode).toBe(403);
    expect((await c.put(`/api/users/${s.city.users.leader}/grants`, { grants: [] })).statusCode).toBe(403);
    expect((await c.get('/api/users')).statusCode).toBe(403);
  });
});
