import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { aProblem } from '../../../test/support/factories.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { closeMeasure, uploadEvidence } from '../problems/testing.ts';
import { expectFiguresMatchLists } from './testing.ts';

// The registered modules as the app runs them: the problems module plugs its figures in through its module object.
describe.each(dialects)('figures the problems module contributes, on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let west: TestClient;

  const problem = (unitId: number, deadline: string, measures: { title: string; leadUnitId: number; deadline: string }[] = []) =>
    aProblem(sup, { sourceTitle: '市委第二巡察组反馈意见', finding: `问题 ${unitId} ${deadline}`, unitId, deadline, measures });

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    west = await fx.login('liaison-west');
    // 西城区: one problem rectified (its measure signed off and accepted), one rectifying, one open and overdue, one in its street.
    const done = await problem(fx.city.units.west, '2026-05-31', [{ title: '建立纪实制度', leadUnitId: fx.city.units.west, deadline: '2026-04-30' }]);
    const [measure] = (await sup.post(`/api/problems/${done.id}/dispatch`)).json().measures.map((m: { id: number }) => m.id);
    await closeMeasure(sup, west, measure);
    const accepted = await sup.post(`/api/problems/${done.id}/accept`, { comment: '整改到位', fileIds: [await uploadEvidence(sup)] });
    expect(accepted.json().status, accepted.body).toBe('rectified');
    const going = await problem(fx.city.units.west, '2026-06-30', [{ title: '专项培训', leadUnitId: fx.city.units.west, deadline: '2026-06-15' }]);
    expect((await sup.post(`/api/problems/${going.id}/dispatch`)).json().status).toBe('rectifying');
    await problem(fx.city.units.west, '2026-02-10');
    await problem(fx.city.units.westStreet, '2026-08-31');
    // 东城区: one open problem in its community, overdue.
    await problem(fx.city.units.eastCommunity, '2026-02-20');
  });

  it('shows counts by status, 整改率 and overdue problems for the scope, each opening its problem list', async () => {
    const d = (await sup.get('/api/dashboard')).json();
    const p = d.contributions.problems;
    expect(p.total).toEqual({ count: 5, list: `/api/problems?unitId=${fx.city.units.city}` });
    expect(p.byStatus.rectified).toEqual({ count: 1, list: `/api/problems?unitId=${fx.city.units.city}&status=rectified` });
    expect([p.byStatus.open.count, p.byStatus.rectifying.count, p.byStatus.awaitingAcceptance.count]).toEqual([3, 1, 0]);
    expect(p.rectificationRate).toMatchObject({ rate: 0.2, numerator: p.byStatus.rectified, denominator: p.total });
    expect(p.overdue).toEqual({ count: 2, list: `/api/problems?unitId=${fx.city.units.city}&light=red` });
    expect(await expectFiguresMatchLists(sup, d)).toBeGreaterThan(20);
  });

  it('shows each child unit’s 整改率 in byUnit, over its whole subtree', async () => {
    const d = (await sup.get('/api/dashboard')).json();
    const row = (id: number) => d.byUnit.find((u: { unit: { id: number } }) => u.unit.id === id).contributions.problems;
    expect(row(fx.city.units.west).rectificationRate.rate).toBe(0.25);
    expect(row(fx.city.units.west).overdue.count).toBe(1);
    expect(row(fx.city.units.east)).toMatchObject({ total: { count: 1 }, rectificationRate: { rate: 0 }, overdue: { count: 1 } });
    expect(row(fx.city.units.orgDept).rectificationRate.rate).toBeNull();
  });

  it('keeps a liaison to the problems of their own unit', async () => {
    const d = (await west.get('/api/dashboard')).json();
    expect(d.scope.unitId).toBe(fx.city.units.west);
    expect(d.contributions.problems.total.count).toBe(4);
    expect(
      d.byUnit.map((u: { unit: { id: number }; contributions: { problems: { total: { count: number } } } }) => [
        u.unit.id,
        u.contributions.problems.total.count,
      ]),
    ).toEqual([[fx.city.units.westStreet, 1]]);
    await expectFiguresMatchLists(west, d);
  });

  it('weighs the rectification rate in rankings, and stores weights for supervisors', async () => {
    const put = await sup.put('/api/rankings/weights', { completion: 0, onTime: 0, overdue: 0, rectification: 1 });
    expect(put.statusCode, put.body).toBe(200);
    const r = (await sup.get('/api/rankings')).json();
    expect(r.weights).toEqual({ completion: 0, onTime: 0, overdue: 0, rectification: 1 });
    expect(r.items.slice(0, 2)).toMatchObject([
      { rank: 1, unit: { id: fx.city.units.west }, score: 25 },
      { rank: 2, unit: { id: fx.city.units.east }, score: 0 },
    ]);
    // 市委组织部 has no problems: no rate to weigh, so no score and no rank.
    expect(r.items.find((i: { unit: { id: number } }) => i.unit.id === fx.city.units.orgDept)).toMatchObject({ rank: null, score: null });
    expect(r.items.every((i: { rectificationRate: unknown }) => i.rectificationRate !== null)).toBe(true);
    await expectFiguresMatchLists(sup, r);
    expect((await sup.put('/api/rankings/weights', { completion: 0, onTime: 0, overdue: 0, rectification: 0 })).json().code).toBe('dashboard.bad_weights');
  });
});
