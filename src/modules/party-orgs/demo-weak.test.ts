import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withDemoApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { actorNamed, demoUnitIds } from '../../platform/seed.ts';
import { partyOrgService } from './service/party-orgs.ts';
import { seedOrgWork } from './demo-weak.ts';

describe.each(dialects)('the demo’s weak-and-lax cases, checklist and village incomes on %s', (dialect) => {
  const fx = withDemoApp(dialect, { now: '2026-06-15T02:00:00.000Z' });
  let sup: TestClient;

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    // The registry's demo may not (yet) host villages: then give the seed the villages it works on and run it.
    if ((await sup.get('/api/party-orgs/weak-lax')).json().total === 0) {
      const ctx = fx.t.ctx;
      const units = await demoUnitIds(ctx);
      const actor = await actorNamed(ctx, 'supervisor');
      for (const name of ['安定村', '柳树村', '金河村', '前进村', '白鹭村', '渔港村'])
        await partyOrgService.create(ctx, actor, { name: `${name}党支部`, kind: 'branch', category: 'rural', hostUnitId: units.get(name)! });
      await seedOrgWork(ctx);
    }
  });

  it('ships the eight basic types and the organ branches’ checklist', async () => {
    expect((await sup.get('/api/party-orgs/weak-lax/criteria')).json().total).toBe(8);
    expect((await sup.get('/api/party-orgs/standards')).json().items.find((t: { category: string }) => t.category === 'organ').items).toHaveLength(8);
  });

  it('has two villages in rectification with measure tasks, one accepted and under watch', async () => {
    const f = (await sup.get('/api/party-orgs/weak-lax/figures')).json();
    expect([f.byStage.designated.count, f.byStage.rectifying.count, f.byStage.accepted.count, f.byStage.watched.count]).toEqual([3, 2, 1, 1]);
    const rectifying = (await sup.get(f.byStage.rectifying.list)).json().items;
    for (const item of rectifying) {
      const d = (await sup.get(`/api/party-orgs/weak-lax/${item.id}`)).json();
      expect(d.measures.length).toBeGreaterThan(0);
      expect(d.measures.every((m: { status: string }) => m.status === 'dispatched')).toBe(true);
    }
    const [watched] = (await sup.get(f.byStage.watched.list)).json().items;
    const d = (await sup.get(`/api/party-orgs/weak-lax/${watched.id}`)).json();
    expect(d).toMatchObject({ status: 'watched', acceptedOn: '2026-05-16', lookBackOn: '2027-05-16', acceptances: [{ score: 86, passed: true }] });
    expect(d.lookBackTasks[0]).toMatchObject({ deadline: '2027-05-16', status: 'dispatched' });
  });

  it('assesses organ branches against the checklist and links committee secretaries to branches', async () => {
    const assessed = (await sup.get('/api/party-orgs/standards/assessments?year=2026')).json();
    expect(assessed.total).toBe(4);
    expect((await sup.get('/api/party-orgs/standards/assessments?year=2026&belowStandard=true')).json().total).toBe(1);
    const points = (await sup.get('/api/party-orgs/liaison-points')).json();
    expect(points.total).toBe(3);
    expect(points.lacking.total).toBeGreaterThan(0);
  });

  it('counts 空壳村 and 薄弱村 among the villages', async () => {
    const list = (await sup.get('/api/party-orgs/collective-economy?year=2025')).json();
    expect(list.counts.hollow.count).toBeGreaterThan(0);
    expect(list.counts.weak.count).toBeGreaterThan(0);
  });
});
