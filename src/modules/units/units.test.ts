import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn, type TestClient } from '../../../test/support/http.ts';

describe.each(dialects)('units API on %s', (dialect) => {
  const s = withCityApp(dialect);
  let admin: TestClient;
  beforeAll(async () => {
    admin = await loggedIn(s.app, 'admin', PASSWORD);
  });

  it('creates, renames and moves a subtree, keeping levels and subtree queries right', async () => {
    const street = (await admin.post('/api/units', { name: '东兴街道', kind: 'street', parentId: s.city.units.east })).json();
    const community = (await admin.post('/api/units', { name: '兴隆社区', kind: 'community', parentId: street.id })).json();
    expect(community.level).toBe(4);
    const renamed = await admin.patch(`/api/units/${street.id}`, { version: street.version, name: '东兴路街道' });
    expect(renamed.json()).toMatchObject({ name: '东兴路街道', version: street.version + 1 });
    const moved = await admin.patch(`/api/units/${street.id}`, { version: street.version + 1, parentId: s.city.units.west });
    expect(moved.statusCode).toBe(200);
    const underWest = (await admin.get(`/api/units?under=${s.city.units.west}&pageSize=100`)).json().items.map((u: { name: string }) => u.name);
    expect(underWest).toEqual(expect.arrayContaining(['西城区', '西关街道', '东兴路街道', '兴隆社区']));
    const underEast = (await admin.get(`/api/units?under=${s.city.units.east}&pageSize=100`)).json().items.map((u: { name: string }) => u.name);
    expect(underEast).not.toContain('兴隆社区');
    const detail = (await admin.get(`/api/units/${community.id}`)).json();
    expect(detail.ancestors.map((a: { name: string }) => a.name)).toEqual(['X市', '西城区', '东兴路街道']);
  });

  it('refuses to move a unit under its own subtree', async () => {
    const east = (await admin.get(`/api/units/${s.city.units.east}`)).json();
    const res = await admin.patch(`/api/units/${east.id}`, { version: east.version, parentId: s.city.units.eastCommunity });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('unit.move_into_self');
  });

  it('answers a stale write with 409 naming who changed it', async () => {
    const u = (await admin.get(`/api/units/${s.city.units.westStreet}`)).json();
    expect((await admin.patch(`/api/units/${u.id}`, { version: u.version, name: '西关路街道' })).statusCode).toBe(200);
    const other = await loggedIn(s.app, 'admin', PASSWORD);
    const stale = await other.patch(`/api/units/${u.id}`, { version: u.version, name: '西关大街街道' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('common.conflict');
    expect(stale.json().message).toContain('admin');
    expect((await admin.get(`/api/units/${u.id}`)).json().name).toBe('西关路街道');
  });

  it('validates input, naming each bad field in the request language', async () => {
    const zh = await admin.post('/api/units', { kind: 'galaxy', parentId: 'x' });
    expect(zh.statusCode).toBe(400);
    const fields = zh
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['body.kind', 'body.name', 'body.parentId']);
    expect(zh.json().message).toContain('必填项');
    const en = await admin.request('POST', '/api/users', { username: 'a b', unitId: 1 }, { 'accept-language': 'en-US' });
    expect(en.statusCode).toBe(400);
    const msgs = en.json().errors.map((e: { message: string }) => e.message);
    expect(msgs).toEqual(expect.arrayContaining(['body.displayName: is required', 'body.password: is required', 'body.username: has the wrong format']));
  });

  it('checks a territorial unit sits at its level', async () => {
    const res = await admin.post('/api/units', { name: '错位街道', kind: 'street', parentId: s.city.units.city });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('unit.kind_level');
  });

  it('deletes only an unused unit', async () => {
    const east = (await admin.get(`/api/units/${s.city.units.east}`)).json();
    expect((await admin.delete(`/api/units/${east.id}?version=${east.version}`)).statusCode).toBe(409);
    const leaf = (await admin.post('/api/units', { name: '临时社区', kind: 'community', parentId: s.city.units.eastStreet })).json();
    expect((await admin.delete(`/api/units/${leaf.id}?version=${leaf.version}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/units/${leaf.id}`)).statusCode).toBe(404);
  });
});
