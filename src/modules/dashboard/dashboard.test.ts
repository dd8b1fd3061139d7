import { beforeAll, describe, expect, it } from 'vitest';
import { dialects, type TestContext } from '../../../test/support/db.ts';
import { withApp, withDemoApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { systemActor } from '../../platform/access/index.ts';
import { userService } from '../users/index.ts';
import { securityService } from '../security/index.ts';
import { DEMO_PASSWORD } from '../demo/index.ts';
import { addLoopDates, generateCity } from '../../../bench/support/generate.ts';
import { expectFiguresMatchLists } from './testing.ts';

describe.each(dialects)('dashboard figures over the demo ledger on %s', (dialect) => {
  let sup: TestClient;
  // A fixed clock: the demo ledger dates its history back from the context's clock, so the figures are the same every day.
  const now = new Date('2026-11-20T02:00:00.000Z');
  const fx = withDemoApp(dialect, { now: now.toISOString() });
  const year = now.getUTCFullYear();

  beforeAll(async () => {
    sup = await fx.login('supervisor');
  });

  it('opens, for every count on the city dashboard, a list of exactly that many tasks', async () => {
    const res = await sup.get('/api/dashboard?bucket=week&top=5');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.scope.name).toBe('X市');
    expect(d.active.count).toBeGreaterThan(10);
    expect(d.byUnit.length).toBeGreaterThan(5);
    expect(d.overdue.items.length).toBe(Math.min(5, d.overdue.count));
    expect(d.completionRate.denominator).toEqual(d.active);
    expect(await expectFiguresMatchLists(sup, d)).toBeGreaterThan(60);
  });

  it('does the same for a district over a period by month, rankings and the battle map', async () => {
    const east = (await sup.get('/api/dashboard')).json().byUnit.find((u: { unit: { name: string } }) => u.unit.name === '东城区').unit.id;
    const d = (await sup.get(`/api/dashboard?unitId=${east}&from=${year}-01-01&to=${year}-12-31&bucket=month`)).json();
    expect(d.period.trends.map((x: { key: string }) => x.key)).toHaveLength(12);
    await expectFiguresMatchLists(sup, d);
    const r = (await sup.get(`/api/rankings?from=${year}-01-01&to=${year}-12-31`)).json();
    expect(r.items.length).toBeGreaterThan(5);
    await expectFiguresMatchLists(sup, r);
    for (const groupBy of ['unit', 'source']) {
      const m = (await sup.get(`/api/dashboard/battle-map?groupBy=${groupBy}&from=${year}-01-01&to=${year + 1}-12-31`)).json();
      await expectFiguresMatchLists(sup, m);
      expect(m.groups.reduce((n: number, g: { tasks: unknown[] }) => n + g.tasks.length, 0)).toBe(m.total.count);
    }
  });

  it('shows a liaison their own unit’s dashboard, with lists that agree, and nothing above it', async () => {
    const liaison = await fx.login('liaison');
    const d = (await liaison.get('/api/dashboard')).json();
    expect(d.scope.name).toBe('东城区');
    await expectFiguresMatchLists(liaison, d);
    const city = (await sup.get('/api/dashboard')).json().scope.unitId;
    expect((await liaison.get(`/api/dashboard?unitId=${city}`)).statusCode).toBe(404);
    expect((await liaison.put('/api/rankings/weights', { completion: 1, onTime: 1, overdue: 1, rectification: 0 })).statusCode).toBe(403);
    const admin = await fx.login('admin');
    expect((await admin.get('/api/dashboard')).statusCode).toBe(403);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await sup.get('/api/dashboard?from=2026-05-01&to=2026-04-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('dashboard.bad_period');
  });
});

describe.each(dialects)('dashboard figures over a generated ledger on %s', (dialect) => {
  let sup: TestClient;
  let leader: TestClient;
  // The bench's generated city (400 units, 5000 tasks), not the small one: figures over a ledger of real size.
  const generated = async (t: TestContext) => {
    const city = await generateCity(t.ctx.db, dialect, 400, 5000);
    await addLoopDates(t.ctx.db, dialect);
    const district = city.districtIds[2];
    const sys = systemActor('test');
    const roles = await securityService.roles(t.ctx, sys);
    const grant = async (username: string, role: string, unitId: number) => {
      const u = await userService.create(t.ctx, sys, { username, displayName: username, unitId, password: DEMO_PASSWORD });
      await securityService.setGrants(t.ctx, sys, u.id, [{ roleId: roles.find((r) => r.code === role)!.id, unitId }]);
    };
    await grant('gen-sup', 'supervisor', city.rootId);
    await grant('gen-leader', 'leader', district);
    return { district };
  };
  const fx = withApp(dialect, { build: generated, password: DEMO_PASSWORD }, { now: '2026-06-15T02:00:00.000Z' });

  beforeAll(async () => {
    sup = await fx.login('gen-sup');
    leader = await fx.login('gen-leader');
  });

  it('agrees with the lists for the city, by week and by month, and for rankings', async () => {
    for (const q of ['', '?from=2026-04-01&to=2026-06-15', '?from=2026-01-01&to=2026-12-31&bucket=month']) {
      const d = (await sup.get(`/api/dashboard${q}`)).json();
      expect(d.active.count).toBeGreaterThan(3000);
      expect(d.period.signedOff.count).toBeGreaterThan(0);
      expect(d.period.onTimeRate.rate).toBeGreaterThan(0);
      expect(d.period.onTimeRate.rate).toBeLessThan(1);
      expect(d.bySource).toHaveLength(3);
      await expectFiguresMatchLists(sup, d);
    }
    await expectFiguresMatchLists(sup, (await sup.get('/api/rankings?from=2026-01-01&to=2026-06-15')).json());
  });

  it('agrees with the lists for a district leader, whose scope is the district', async () => {
    const d = (await leader.get('/api/dashboard?from=2026-01-01')).json();
    expect(d.scope.unitId).toBe(fx.city.district);
    expect(d.byUnit).toHaveLength(12);
    await expectFiguresMatchLists(leader, d);
    await expectFiguresMatchLists(leader, (await leader.get('/api/rankings')).json());
  });
});
