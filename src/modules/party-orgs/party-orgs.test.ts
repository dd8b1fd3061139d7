import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { notificationRecipients } from '../notifications/index.ts';
import { runRenewalScan } from './index.ts';

const day = (d: string) => `${d}T02:00:00.000Z`;

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
    // Another district's subtree as the filter: the scope still applies.
    expect((await east.get(`/api/party-orgs?unitId=${fx.city.units.west}`)).json().total).toBe(0);
    expect((await east.get(`/api/party-orgs?unitId=${fx.city.units.eastStreet}`)).json().total).toBe(1);
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

  it('counts coverage per category, renewals on the dashboard and overdue ones on the to-do page, each opening its list', async () => {
    const cov = (await sup.get('/api/party-orgs/coverage')).json();
    const line = (c: string) => cov.categories.find((l: { category: string }) => l.category === c);
    // 市委组织部 (a department: organ) hosts none; 东城区 hosts the district committee (organ).
    expect(line('organ')).toMatchObject({ units: { count: 2 }, covered: { count: 1 }, uncovered: { count: 1 }, rate: 0.5 });
    expect(line('community')).toMatchObject({ units: { count: 1 }, covered: { count: 1 } });
    expect(cov.total).toMatchObject({ units: { count: 4 }, covered: { count: 3 } });
    const gaps = (await sup.get(line('organ').uncovered.list)).json();
    expect(gaps).toMatchObject({ total: 1, items: [{ unit: { id: fx.city.units.orgDept }, category: 'organ', covered: false }] });
    expect((await sup.get(line('organ').covered.list)).json().items.map((u: { unit: { id: number } }) => u.unit.id)).toEqual([fx.city.units.east]);
    expect((await east.get('/api/party-orgs/coverage')).json().total).toMatchObject({ units: { count: 2 }, covered: { count: 2 } });

    const d = (await sup.get('/api/dashboard')).json().contributions.partyOrgs;
    expect(d.renewalsOverdue).toEqual({ count: 1, list: `/api/party-orgs/renewals?termStatus=overdue&unitId=${fx.city.units.city}` });
    expect(d.renewalsDueSoon.count).toBe(1);
    expect((await sup.get(d.renewalsOverdue.list)).json().total).toBe(1);

    const todo = (await sup.get('/api/me/todo')).json();
    expect(todo.items.find((i: { key: string }) => i.key === 'partyOrgs.renewalsOverdue')).toMatchObject({
      count: 1,
      link: '/party-orgs/renewals?termStatus=overdue',
    });
    expect((await east.get('/api/me/todo')).json().items.map((i: { key: string }) => i.key)).not.toContain('partyOrgs.renewalsOverdue');
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

  it('records an extension approved by the superior, refusing one beyond a year', async () => {
    const beyond = await sup.post(`/api/party-orgs/${ids.committee}/term-changes`, {
      kind: 'extension',
      newTermEnd: '2027-07-01',
      approvedBy: '中共X市委',
      reason: '因重大任务延期',
    });
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().errors[0]).toMatchObject({ field: 'body.newTermEnd', code: 'partyOrgs.term.beyond_year' });
    expect(beyond.json().errors[0].message).toContain('不超过 1 年');
    expect(
      (await east.post(`/api/party-orgs/${ids.committee}/term-changes`, { kind: 'early', newTermEnd: '2026-05-01', approvedBy: 'x', reason: 'y' })).statusCode,
    ).toBe(403);

    const ok = await sup.post(`/api/party-orgs/${ids.committee}/term-changes`, {
      kind: 'extension',
      newTermEnd: '2026-12-31',
      approvedBy: '中共X市委',
      reason: '与区人大换届同步',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      termEnd: '2026-12-31',
      termStatus: 'ok',
      termChanges: [{ kind: 'extension', ordinaryEnd: '2026-06-30', newTermEnd: '2026-12-31', approvedBy: '中共X市委' }],
    });
    const log = (await (await fx.login('auditor')).get(`/api/audit?entity=partyOrg&entityId=${ids.committee}`)).json();
    expect(log.items.map((e: { action: string }) => e.action)).toContain('partyOrg.termChange');
  });

  it('turns a renewal into dispatched ledger tasks under 换届工作 that link back', async () => {
    const r = await sup.post(`/api/party-orgs/${ids.branch}/renewal-tasks`);
    expect(r.statusCode, r.body).toBe(201);
    const { taskIds, sourceId, org } = r.json();
    expect(taskIds).toHaveLength(3);
    expect(org.linkedTasks.map((l: { purpose: string; task: { id: number } }) => [l.purpose, l.task.id])).toEqual(taskIds.map((id: number) => ['renewal', id]));

    // Led by the superior organization's host unit (东城区), seen in the ledger by its liaison.
    const tasks = (await east.get(`/api/tasks?sourceId=${sourceId}&sort=id`)).json();
    expect(
      tasks.items.map((t: { title: string; status: string; deadline: string; leadUnit: { id: number } }) => [t.title, t.status, t.deadline, t.leadUnit.id]),
    ).toEqual([
      ['东华社区党支部换届调研准备', 'dispatched', '2028-11-30', fx.city.units.east],
      ['东华社区党支部换届选举', 'dispatched', '2029-01-29', fx.city.units.east],
      ['东华社区党支部换届结果报批', 'dispatched', '2029-02-28', fx.city.units.east],
    ]);
    const source = (await sup.get(`/api/sources/${sourceId}`)).json();
    expect(source).toMatchObject({ kind: 'workPlan', title: '2026年换届工作' });

    expect((await sup.post(`/api/party-orgs/${ids.branch}/renewal-tasks`)).statusCode).toBe(409);
    // A second organization's tasks go under the same source.
    const again = await sup.post(`/api/party-orgs/${ids.committee}/renewal-tasks`);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().sourceId).toBe(sourceId);
  });

  it('reminds the superior organization host unit liaison 6, 3 and 1 month ahead, once per threshold', async () => {
    // The committee's term now ends 2026-12-31 (extended above); it has no superior, so its own host unit's liaison.
    const link = { type: 'partyOrg' as const, id: ids.committee };
    const sent = async () => (await notificationRecipients(fx.t.ctx.db, link, 'partyOrgs.renewalReminder')).map((n) => `${n.username} ${n.title}`);
    fx.t.clock.set(day('2026-06-29'));
    expect(await runRenewalScan(fx.t.ctx)).toMatchObject({ sent: 0 });
    fx.t.clock.set(day('2026-06-30'));
    expect(await runRenewalScan(fx.t.ctx)).toEqual({ due: 1, sent: 1, notified: 1 });
    expect(await runRenewalScan(fx.t.ctx)).toEqual({ due: 0, sent: 0, notified: 0 });
    expect(await sent()).toEqual(['liaison-east 中共东城区委员会将于 2026-12-31 任期届满']);
    fx.t.clock.set(day('2026-10-01'));
    expect(await runRenewalScan(fx.t.ctx)).toMatchObject({ sent: 1 });
    expect(await runRenewalScan(fx.t.ctx)).toMatchObject({ sent: 0 });
    fx.t.clock.set(day('2026-12-01'));
    expect(await runRenewalScan(fx.t.ctx)).toMatchObject({ sent: 1 });
    fx.t.clock.set(day('2026-12-20'));
    expect(await runRenewalScan(fx.t.ctx)).toMatchObject({ sent: 0 });
    expect(await sent()).toHaveLength(3);
  });

  it('re-derives the term ends of organizations on the default length when the settings change', async () => {
    const rules = { byKind: { committee: 5, generalBranch: 3, branch: 3, leadingGroup: null, workingCommittee: null }, villageAndCommunity: 6 };
    // The clock moved in the reminder scan: sessions idle out, so log in afresh.
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    expect((await east.put('/api/party-orgs/settings/terms', rules)).statusCode).toBe(403);
    const res = await sup.put('/api/party-orgs/settings/terms', rules);
    expect(res.statusCode, res.body).toBe(200);
    expect((await sup.get(`/api/party-orgs/${ids.branch}`)).json()).toMatchObject({ termLength: 6, termEnd: '2030-02-28' });
    expect((await sup.get('/api/party-orgs/settings')).json().termRules.villageAndCommunity).toBe(6);
  });
});
