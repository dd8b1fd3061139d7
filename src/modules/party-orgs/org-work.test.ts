import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { uploadEvidence } from '../problems/testing.ts';

describe.each(dialects)('standardization, liaison points and the collective economy over HTTP on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  let west: TestClient;
  const ids: Record<string, number> = {};

  const org = async (key: string, body: Record<string, unknown>) => {
    const r = await sup.post('/api/party-orgs', body);
    expect(r.statusCode, r.body).toBe(201);
    ids[key] = r.json().id;
  };

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    west = await fx.login('liaison-west');
    await org('committee', {
      name: '东华街道党工委',
      kind: 'workingCommittee',
      category: 'other',
      hostUnitId: fx.city.units.eastStreet,
      secretaryName: '王书记',
    });
    await org('westCommittee', {
      name: '西关街道党工委',
      kind: 'workingCommittee',
      category: 'other',
      hostUnitId: fx.city.units.westStreet,
      secretaryName: '赵书记',
    });
    await org('organ', { name: '东华街道机关党支部', kind: 'branch', category: 'organ', parentId: ids.committee, hostUnitId: fx.city.units.eastStreet });
    await org('village', { name: '东华村党支部', kind: 'branch', category: 'rural', parentId: ids.committee, hostUnitId: fx.city.units.eastCommunity });
    await org('village2', { name: '西关村党支部', kind: 'branch', category: 'rural', hostUnitId: fx.city.units.westStreet });
  });

  it('keeps a yes/no checklist per category and scores assessments, listing those below standard', async () => {
    const bad = await sup.put('/api/party-orgs/standards/organ', { name: '机关党支部', items: [{ text: ' ' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'body.items.0.text', code: 'standardization.item_text' });
    const t = await sup.put('/api/party-orgs/standards/organ', {
      name: '机关党支部建设质量提升',
      items: ['支部委员会配备齐全', '三会一课按期开展', '主题党日每月开展', '党费按时足额收缴'].map((text) => ({ text })),
    });
    expect(t.statusCode, t.body).toBe(200);
    expect(t.json().items.map((i: { key: string }) => i.key)).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect((await east.put('/api/party-orgs/standards/organ', { name: 'x', items: [{ text: 'y' }] })).statusCode).toBe(403);

    expect((await sup.put(`/api/party-orgs/${ids.village}/standard-assessment`, { year: 2026, met: [] })).json().code).toBe('standardization.no_template');
    const unknown = await sup.put(`/api/party-orgs/${ids.organ}/standard-assessment`, { year: 2026, met: ['i1', 'zz'] });
    expect(unknown.json().errors[0]).toMatchObject({ field: 'body.met.1', code: 'standardization.unknown_item' });
    const fileId = await uploadEvidence(sup, '三会一课记录.txt');
    const a = await sup.put(`/api/party-orgs/${ids.organ}/standard-assessment`, { year: 2026, met: ['i1', 'i2', 'i3'], files: [{ itemKey: 'i2', fileId }] });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json()).toMatchObject({ score: 75, metCount: 3, itemCount: 4, belowStandard: true, files: [{ itemKey: 'i2', fileId }] });
    const stale = await sup.put(`/api/party-orgs/${ids.organ}/standard-assessment`, { year: 2026, met: ['i1'], version: a.json().version + 5 });
    expect(stale.statusCode).toBe(409);
    const below = (await sup.get('/api/party-orgs/standards/assessments?year=2026&belowStandard=true')).json();
    expect(below).toMatchObject({ total: 1, threshold: 80 });
    expect((await east.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await west.get(`/api/files/${fileId}`)).statusCode).toBe(404);
    expect((await west.get('/api/party-orgs/standards/assessments?year=2026')).json().total).toBe(0);
    const all4 = await sup.put(`/api/party-orgs/${ids.organ}/standard-assessment`, { year: 2026, met: ['i1', 'i2', 'i3', 'i4'], version: a.json().version });
    expect(all4.json()).toMatchObject({ score: 100, belowStandard: false });
    expect((await sup.get('/api/party-orgs/standards/assessments?year=2026&belowStandard=true')).json().total).toBe(0);
  });

  it('links committee secretaries to branches and flags committees whose secretary has none', async () => {
    let list = (await sup.get('/api/party-orgs/liaison-points')).json();
    expect(list.lacking.items.map((c: { id: number }) => c.id)).toEqual([ids.committee, ids.westCommittee]);
    const wrong = await sup.post('/api/party-orgs/liaison-points', { committeeId: ids.organ, branchId: ids.committee });
    expect(wrong.json().errors.map((e: { code: string }) => e.code)).toEqual(['liaison.not_committee', 'liaison.not_branch', 'liaison.secretary_required']);
    const p = await sup.post('/api/party-orgs/liaison-points', { committeeId: ids.committee, branchId: ids.village });
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json()).toMatchObject({ secretaryName: '王书记', committee: { id: ids.committee }, branch: { id: ids.village } });
    expect((await sup.post('/api/party-orgs/liaison-points', { committeeId: ids.committee, branchId: ids.village })).statusCode).toBe(409);
    list = (await sup.get('/api/party-orgs/liaison-points')).json();
    expect(list.total).toBe(1);
    expect(list.lacking.items.map((c: { id: number }) => c.id)).toEqual([ids.westCommittee]);
    expect((await west.get('/api/party-orgs/liaison-points')).json()).toMatchObject({ total: 0, lacking: { total: 1 } });
    expect((await sup.post('/api/party-orgs/liaison-points', { committeeId: ids.westCommittee, branchId: 99999 })).statusCode).toBe(404);
  });

  it('counts 空壳村 and 薄弱村 from the villages’ yearly income, each count opening its list', async () => {
    expect((await sup.put(`/api/party-orgs/${ids.organ}/collective-income`, { year: 2025, income: 10 })).json().code).toBe('collective.not_village');
    const v1 = await sup.put(`/api/party-orgs/${ids.village}/collective-income`, { year: 2025, income: 0 });
    expect(v1.statusCode, v1.body).toBe(200);
    expect(v1.json()).toMatchObject({ income: 0, class: 'hollow', version: 1 });
    expect((await sup.put(`/api/party-orgs/${ids.village}/collective-income`, { year: 2025, income: 5, version: 7 })).statusCode).toBe(409);
    let list = (await sup.get('/api/party-orgs/collective-economy?year=2025')).json();
    expect(Object.fromEntries(Object.entries(list.counts).map(([k, v]) => [k, (v as { count: number }).count]))).toEqual({
      villages: 2,
      hollow: 1,
      weak: 0,
      ok: 0,
      unreported: 1,
    });
    await sup.put(`/api/party-orgs/${ids.village2}/collective-income`, { year: 2025, income: 60_000 });
    list = (await sup.get('/api/party-orgs/collective-economy?year=2025')).json();
    expect(list.counts.weak.count).toBe(1);
    for (const f of Object.values(list.counts) as { count: number; list: string }[]) expect((await sup.get(f.list)).json().total, f.list).toBe(f.count);
    // the threshold is a setting
    await sup.put('/api/party-orgs/weak-lax/settings', { weakIncomeBelow: 50_000 });
    expect((await sup.get('/api/party-orgs/collective-economy?year=2025')).json().counts.ok.count).toBe(1);
    expect((await east.get('/api/party-orgs/collective-economy?year=2025')).json().items.map((i: { org: { id: number } }) => i.org.id)).toEqual([ids.village]);
  });
});
