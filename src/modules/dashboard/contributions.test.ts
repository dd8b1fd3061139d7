import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestContext, type TestContext } from '../../../test/support/db.ts';
import { buildSmallCity, PASSWORD, type SmallCity } from '../../../test/support/city.ts';
import { loggedIn, testApp, type TestClient } from '../../../test/support/http.ts';
import { modules } from '../index.ts';
import type { LuoshiModule } from '../../platform/module.ts';
import type { DashboardContributor } from './contributions.ts';
import { rateOf } from './domain/figures.ts';

// A stand-in for the problems module: figures plug in through the module object alone.
let city: SmallCity;
const fig = (count: number, q: string) => ({ count, list: `/api/problems?${q}` });
const fakeProblems = {
  name: 'fake-problems',
  dashboard: {
    key: 'problems',
    async figures(_ctx, _actor, q) {
      const byUnit = Object.fromEntries(q.childIds.map((id, i) => [id, { rectificationRate: rateOf(fig(i + 1, `unitId=${id}&status=rectified`), fig(4, `unitId=${id}`)) }]));
      return {
        figures: { byStatus: { open: fig(3, 'status=open'), rectified: fig(5, 'status=rectified') } },
        byUnit,
        rectificationRate: Object.fromEntries(Object.entries(byUnit).map(([k, v]) => [Number(k), v.rectificationRate])),
      };
    },
  },
} satisfies LuoshiModule & DashboardContributor;

describe('figures contributed by another module', () => {
  let t: TestContext;
  let app: FastifyInstance;
  let sup: TestClient;

  beforeAll(async () => {
    t = await openTestContext('sqlite', { modules: [...modules, fakeProblems] });
    city = await buildSmallCity(t.ctx);
    app = await testApp(t.ctx);
    sup = await loggedIn(app, 'supervisor', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('shows them on the dashboard, for the scope and per unit', async () => {
    const d = (await sup.get('/api/dashboard')).json();
    expect(d.contributions.problems.byStatus.rectified).toEqual(fig(5, 'status=rectified'));
    const west = d.byUnit.find((u: { unit: { id: number } }) => u.unit.id === city.units.west);
    expect(west.contributions.problems.rectificationRate.rate).toBe(0.75);
  });

  it('weighs the rectification rate in rankings once it exists, and stores weights for supervisors', async () => {
    const put = await sup.put('/api/rankings/weights', { completion: 0, onTime: 0, overdue: 0, rectification: 1 });
    expect(put.statusCode, put.body).toBe(200);
    const r = (await sup.get('/api/rankings')).json();
    expect(r.weights).toEqual({ completion: 0, onTime: 0, overdue: 0, rectification: 1 });
    expect(r.items[0]).toMatchObject({ rank: 1, unit: { id: city.units.west }, score: 75 });
    expect(r.items.every((i: { rectificationRate: unknown }) => i.rectificationRate !== null)).toBe(true);
    expect((await sup.put('/api/rankings/weights', { completion: 0, onTime: 0, overdue: 0, rectification: 0 })).json().code).toBe('dashboard.bad_weights');
  });
});
