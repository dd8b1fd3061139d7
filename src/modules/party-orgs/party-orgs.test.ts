import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';

describe.each(dialects)('party organizations over HTTP on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  let west: TestClient;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    west = await fx.login('liaison-west');
  });

  it('registers an organization tree with terms derived from the kind and category', async () => {
    const committee = await sup.post('/api/party-orgs', {
      name: '中共东城区委员会',
      kind: 'committee',
      category: 'organ',
      hostUnitId: fx.city.units.east,
      termStart: '2021-06-30',
      secretaryName: '王书记',
      committeeMembers: ['王书记', '李副书记'],
      memberCount: 31,
    });
    expect(committee.statusCode, committee.body).toBe(201);
    ids.committee = committee.json().id;
    expect(committee.json()).toMatchObject({
      termLength: 5,
      termEnd: '2026-06-30',
      termStatus: 'dueSoon',
      committeeMembers: ['王书记', '李副书记'],
      canManage: true,
    });

    const branch = await sup.post('/api/party-orgs', {
      name: '东华社区党支部',
      kind: 'branch',
      category: 'community',
      parentId: ids.committee,
      hostUnitId: fx.city.units.eastCommunity,
      termStart: '2024-02-29',
      secretaryBackground: 'veteran',
    });
    expect(branch.statusCode, branch.body).toBe(201);
    ids.branch = branch.json().id;
    // Villages and communities: 5 years for every kind; a leap day ends on the 28th.
    expect(branch.json()).toMatchObject({ termLength: 5, termEnd: '2029-02-28', termStatus: 'ok', parent: { id: ids.committee, name: '中共东城区委员会' } });

    const westOrg = await sup.post('/api/party-orgs', {
      name: '西关街道党工委',
      kind: 'workingCommittee',
      category: 'other',
      hostUnitId: fx.city.units.westStreet,
      termStart: '2020-01-01',
      termYears: 5,
    });
    expect(westOrg.statusCode, westOrg.body).toBe(201);
    ids.west = westOrg.json().id;
    expect(westOrg.json()).toMatchObject({ termEnd: '2025-01-01', termStatus: 'overdue' });

    const bad = await sup.post('/api/party-orgs', { name: 'x', kind: 'branch', category: 'other', hostUnitId: 99999, parentId: 99999 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.hostUnitId', 'body.parentId']);
  });

  it('lists, filters and scopes by the host unit: another district is a 404', async () => {
    const all = (await sup.get('/api/party-orgs')).json();
    expect(all.total).toBe(3);
    expect((await sup.get(`/api/party-orgs?unitId=${fx.city.units.east}`)).json().total).toBe(2);
    expect((await sup.get('/api/party-orgs?termStatus=overdue')).json().items.map((o: { id: number }) => o.id)).toEqual([ids.west]);
    expect((await sup.get('/api/party-orgs?category=community&kind=branch')).json().items.map((o: { id: number }) => o.id)).toEqual([ids.branch]);
    expect((await sup.get(`/api/party-orgs?q=${encodeURIComponent('东华')}`)).json().total).toBe(1);

    const eastList = (await east.get('/api/party-orgs')).json();
    expect(eastList.items.map((o: { id: number }) => o.id).sort()).toEqual([ids.committee, ids.branch].sort());
    expect((await east.get(`/api/party-orgs/${ids.west}`)).statusCode).toBe(404);
    expect((await west.get(`/api/party-orgs/${ids.branch}`)).statusCode).toBe(404);
    expect((await west.get('/api/party-orgs/renewals')).json().items.map((o: { id: number }) => o.id)).toEqual([ids.west]);
    expect((await east.post('/api/party-orgs', { name: 'x', kind: 'branch', category: 'other', hostUnitId: fx.city.units.east })).statusCode).toBe(403);

    const renewals = (await sup.get('/api/party-orgs/renewals')).json();
    expect(renewals.items.map((o: { id: number }) => o.id)).toEqual([ids.west, ids.committee]);

    const tree = (await sup.get(`/api/party-orgs/tree?unitId=${fx.city.units.east}`)).json();
    expect(tree.items.map((o: { id: number; parentId: number | null }) => [o.id, o.parentId])).toEqual([
      [ids.committee, null],
      [ids.branch, ids.committee],
    ]);
  });

  it('refuses a stale PUT with 409, a cycle with 400, and deleting a parent with 409', async () => {
    const org = (await sup.get(`/api/party-orgs/${ids.committee}`)).json();
    const ok = await sup.put(`/api/party-orgs/${ids.committee}`, { version: org.version, memberCount: 40 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ memberCount: 40, version: org.version + 1 });
    const stale = await sup.put(`/api/party-orgs/${ids.committee}`, { version: org.version, memberCount: 41 });
    expect(stale.statusCode).toBe(409);
    const cycle = await sup.put(`/api/party-orgs/${ids.committee}`, { version: org.version + 1, parentId: ids.branch });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0]).toMatchObject({ field: 'body.parentId', code: 'partyOrgs.parent_cycle' });
    expect((await sup.delete(`/api/party-orgs/${ids.committee}`)).statusCode).toBe(409);
    expect((await sup.delete(`/api/party-orgs/${ids.west}`)).statusCode).toBe(204);
    expect((await sup.get(`/api/party-orgs/${ids.west}`)).statusCode).toBe(404);
  });
});
