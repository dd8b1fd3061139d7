import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { closeMeasure, uploadEvidence } from '../problems/testing.ts';
import { NATIONAL_BASIC_TYPES } from './domain/weak-lax-criteria.ts';

describe.each(dialects)('weak-and-lax rectification over HTTP on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  let west: TestClient;
  const ids: Record<string, number> = {};
  let designationId: number;
  const measures: number[] = [];

  const org = async (name: string, hostUnitId: number, category = 'rural', kind = 'branch') => {
    const r = await sup.post('/api/party-orgs', { name, kind, category, hostUnitId });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as number;
  };
  const detail = async (c = sup) => (await c.get(`/api/party-orgs/weak-lax/${designationId}`)).json();

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    west = await fx.login('liaison-west');
    ids.east = await org('东华村党支部', fx.city.units.eastCommunity);
    ids.east2 = await org('东华街道机关党支部', fx.city.units.eastStreet, 'organ');
    ids.west = await org('西关村党支部', fx.city.units.westStreet);
    const put = await sup.put('/api/party-orgs/weak-lax/criteria', { items: NATIONAL_BASIC_TYPES });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().total).toBe(8);
  });

  it('screens organizations against the criteria, naming an unknown criterion or an organization out of scope', async () => {
    const bad = await sup.post('/api/party-orgs/weak-lax/screenings', {
      year: 2026,
      items: [
        { orgId: ids.east, criteria: ['nope'] },
        { orgId: 99999, criteria: [] },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.items.0.criteria.0', 'body.items.1.orgId']);
    const ok = await sup.post('/api/party-orgs/weak-lax/screenings', {
      year: 2026,
      items: [
        { orgId: ids.east, criteria: ['economyWeak', 'teamDisunited'] },
        { orgId: ids.east2, criteria: [] },
        { orgId: ids.west, criteria: ['serviceWeak'] },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ screened: 3, flagged: 2 });
    const sheet = (await sup.get(`/api/party-orgs/weak-lax/screenings?year=2026&unitId=${fx.city.units.east}`)).json();
    expect(sheet.items.map((i: { org: { id: number }; criteria: string[] }) => [i.org.id, i.criteria])).toEqual([
      [ids.east, ['teamDisunited', 'economyWeak']],
      [ids.east2, []],
    ]);
    const list = (await sup.get('/api/party-orgs/weak-lax?year=2026')).json();
    expect(list.total).toBe(2);
    expect(list.items.map((i: { status: string; id: number | null }) => [i.status, i.id])).toEqual([
      ['screened', null],
      ['screened', null],
    ]);
    expect(list.items[0].criteria[0]).toEqual({ code: 'teamDisunited', name: NATIONAL_BASIC_TYPES[1].name });
  });

  it('designates only a screened organization with its contact leader; out of scope it does not exist', async () => {
    expect((await sup.post(`/api/party-orgs/${ids.east2}/weak-lax/designation`, { year: 2026, contactLeader: '张县长' })).json().code).toBe(
      'weakLax.no_criteria',
    );
    const blank = await sup.post(`/api/party-orgs/${ids.east}/weak-lax/designation`, { year: 2026, contactLeader: ' ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors[0]).toMatchObject({ field: 'body.contactLeader', code: 'weakLax.contact_leader_required' });
    const res = await sup.post(`/api/party-orgs/${ids.east}/weak-lax/designation`, { year: 2026, contactLeader: '张副县长', firstSecretary: '李驻村' });
    expect(res.statusCode, res.body).toBe(201);
    designationId = res.json().id;
    expect(res.json()).toMatchObject({
      status: 'designated',
      contactLeader: '张副县长',
      firstSecretary: '李驻村',
      actions: ['plan', 'addMeasure'],
      org: { id: ids.east },
    });
    expect((await sup.post(`/api/party-orgs/${ids.east}/weak-lax/designation`, { year: 2026, contactLeader: '张' })).statusCode).toBe(409);
    // the screening it was designated on stays: resent unchanged it is skipped, changed it is refused
    const again = (criteria: string[]) => sup.post('/api/party-orgs/weak-lax/screenings', { year: 2026, items: [{ orgId: ids.east, criteria }] });
    expect((await again(['teamDisunited', 'economyWeak'])).json()).toEqual({ screened: 0, flagged: 0 });
    expect((await again(['teamDisunited'])).json().errors[0]).toMatchObject({ field: 'body.items.0.orgId', code: 'weakLax.already_designated' });

    expect((await west.get(`/api/party-orgs/weak-lax/${designationId}`)).statusCode).toBe(404);
    expect((await west.get('/api/party-orgs/weak-lax')).json().items.map((i: { org: { id: number } }) => i.org.id)).toEqual([ids.west]);
    expect((await east.get(`/api/party-orgs/weak-lax/${designationId}`)).json()).toMatchObject({ status: 'designated', actions: [] });
    expect((await east.put(`/api/party-orgs/weak-lax/${designationId}/plan`, { plan: '配强班子', version: 1 })).statusCode).toBe(403);
  });

  it('refuses a stale plan with 409, and the plan starts the rectification', async () => {
    const d = await detail();
    const first = await sup.put(`/api/party-orgs/weak-lax/${designationId}/plan`, { plan: '调整充实班子，发展村集体经济', version: d.version });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'rectifying', plan: '调整充实班子，发展村集体经济' });
    const stale = await sup.put(`/api/party-orgs/weak-lax/${designationId}/plan`, { plan: '改了', version: d.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('common.conflict');
  });

  it('makes measures ledger tasks: they appear in the ledger, and signed off there they close in the designation', async () => {
    for (const title of ['选优配强村党支部书记', '盘活集体资产增加村集体收入']) {
      const r = await sup.post(`/api/party-orgs/weak-lax/${designationId}/measures`, { title, deadline: '2026-06-30', ownerName: '王五' });
      expect(r.statusCode, r.body).toBe(201);
      measures.push(r.json().taskId);
    }
    const dispatched = await sup.post(`/api/party-orgs/weak-lax/${designationId}/dispatch`);
    expect(dispatched.statusCode, dispatched.body).toBe(200);
    expect(dispatched.json().measures.map((m: { id: number; status: string }) => [m.id, m.status])).toEqual(measures.map((id) => [id, 'dispatched']));
    const ledger = (await east.get(`/api/tasks?${measures.map((id) => `ids=${id}`).join('&')}`)).json();
    expect(ledger.items.map((t: { title: string; leadUnit: { id: number } }) => [t.title, t.leadUnit.id])).toEqual([
      ['选优配强村党支部书记', fx.city.units.eastCommunity],
      ['盘活集体资产增加村集体收入', fx.city.units.eastCommunity],
    ]);
    // linked to the organization as well
    const orgTasks = (await sup.get(`/api/party-orgs/${ids.east}`)).json();
    expect(JSON.stringify(orgTasks)).toContain(String(measures[0]));

    await closeMeasure(sup, east, measures[0]);
    const files = [await uploadEvidence(sup)];
    const open = await sup.post(`/api/party-orgs/weak-lax/${designationId}/accept`, { score: 90, fileIds: files });
    expect(open.statusCode).toBe(409);
    expect(open.json()).toMatchObject({ code: 'weakLax.measures_open' });
    expect(open.json().message).toContain('1 项整顿措施未销号');
    await closeMeasure(sup, east, measures[1]);
    expect((await detail()).measureCounts).toEqual({ total: 2, signedOff: 2, draft: 0 });
    expect((await detail()).actions).toEqual(['plan', 'addMeasure', 'accept']);
  });

  it('accepts at the pass score (default 70): 69 stays rectifying, 70 starts the watch and books the look-back a year on', async () => {
    const files = [await uploadEvidence(sup)];
    const noEvidence = await sup.post(`/api/party-orgs/weak-lax/${designationId}/accept`, { score: 90, fileIds: [] });
    expect(noEvidence.json().errors[0]).toMatchObject({ field: 'body.fileIds', code: 'weakLax.evidence_required' });
    const failed = await sup.post(`/api/party-orgs/weak-lax/${designationId}/accept`, { score: 69, fileIds: files });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json()).toMatchObject({ status: 'rectifying', acceptedOn: null, acceptances: [{ score: 69, passScore: 70, passed: false }] });
    const passed = await sup.post(`/api/party-orgs/weak-lax/${designationId}/accept`, { score: 70, fileIds: files, version: failed.json().version });
    expect(passed.statusCode, passed.body).toBe(200);
    const d = passed.json();
    expect(d).toMatchObject({ status: 'watched', acceptedOn: '2026-03-01', lookBackOn: '2027-03-01', actions: [] });
    expect(d.acceptances.map((a: { passed: boolean }) => a.passed)).toEqual([false, true]);
    expect(d.lookBackTasks).toHaveLength(1);
    expect(d.lookBackTasks[0]).toMatchObject({ status: 'dispatched', deadline: '2027-03-01', leadUnit: { id: fx.city.units.eastCommunity } });
    // the evidence is readable by who may see the organization, by nobody else
    expect((await east.get(`/api/files/${files[0]}`)).statusCode).toBe(200);
    expect((await west.get(`/api/files/${files[0]}`)).statusCode).toBe(404);
    // the look-back before the year is over
    expect((await sup.post(`/api/party-orgs/weak-lax/${designationId}/look-back`, { outcome: 'consolidated' })).json().code).toBe('weakLax.look_back_not_due');
  });

  it('counts designated / rectifying / accepted / watched, each figure opening a list of as many rows', async () => {
    const west2 = await sup.post(`/api/party-orgs/${ids.west}/weak-lax/designation`, { year: 2026, contactLeader: '赵副县长' });
    expect(west2.statusCode, west2.body).toBe(201);
    const f = (await sup.get('/api/party-orgs/weak-lax/figures?year=2026')).json();
    expect(Object.fromEntries(Object.entries(f.byStage).map(([k, v]) => [k, (v as { count: number }).count]))).toEqual({
      designated: 2,
      rectifying: 1,
      accepted: 1,
      watched: 1,
    });
    expect(f.screened.count).toBe(0);
    expect(f.quota).toBeNull();
    for (const fig of [...Object.values(f.byStage), ...Object.values(f.byCategory.find((c: { category: string }) => c.category === 'rural').byStage)] as {
      count: number;
      list: string;
    }[])
      expect((await sup.get(fig.list)).json().total, fig.list).toBe(fig.count);
    const eastFigures = (await sup.get(`/api/party-orgs/weak-lax/figures?unitId=${fx.city.units.east}`)).json();
    expect(eastFigures.byStage.designated.count).toBe(1);
    expect((await west.get('/api/party-orgs/weak-lax/figures')).json().byStage.designated.count).toBe(1);
    // the dashboard's contribution: the same figures over the scope unit, each opening its list
    const dash = (await sup.get('/api/dashboard')).json().contributions.partyOrgs.weakLax;
    expect(dash.rectifying).toEqual({ count: 1, list: `/api/party-orgs/weak-lax?unitId=${fx.city.units.city}&stage=rectifying` });
    for (const fig of Object.values(dash) as { count: number; list: string }[]) expect((await sup.get(fig.list)).json().total, fig.list).toBe(fig.count);
    // 倒排 under a quota of 50% of the villages and communities in scope (2 rural orgs): quota 1, 2 designated
    expect((await sup.put('/api/party-orgs/weak-lax/settings', { quotaPercent: 50 })).statusCode).toBe(200);
    expect((await sup.get('/api/party-orgs/weak-lax/figures')).json().quota).toEqual({ percent: 50, organizations: 2, quota: 1, designated: 2, share: 200 });
  });

  it('closes after the look-back a year on', async () => {
    fx.t.clock.set('2027-03-02T02:00:00.000Z');
    const s = await fx.login('supervisor');
    expect((await s.get(`/api/party-orgs/weak-lax/${designationId}`)).json().actions).toEqual(['closeLookBack']);
    const closed = await s.post(`/api/party-orgs/weak-lax/${designationId}/look-back`, { outcome: 'consolidated' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', lookBacks: [{ outcome: 'consolidated' }], actions: [] });
    expect((await s.get('/api/party-orgs/weak-lax?stage=accepted')).json().total).toBe(1);
    expect((await s.get('/api/party-orgs/weak-lax?stage=watched')).json().total).toBe(0);
  });
});
