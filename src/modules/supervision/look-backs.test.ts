import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { aSource } from '../../../test/support/factories.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { sampleIds } from './domain/index.ts';
import { runScan } from './index.ts';
import { signedOffTask, supervisionNotices } from './testing.ts';

describe.each(dialects)('look-backs on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  let sourceId: number;
  let otherSourceId: number;
  const done: number[] = [];

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    sourceId = (await aSource(sup, { title: '关于加强基层党建的通知' })).id;
    otherSourceId = (await aSource(sup, { title: '另一份文件' })).id;
    for (let i = 1; i <= 10; i++) {
      done.push(
        await signedOffTask(sup, east, {
          title: `已销号任务${i}`,
          leadUnitId: fx.city.units.east,
          deadline: '2026-03-05',
          sourceId: i <= 6 ? sourceId : undefined,
        }),
      );
    }
  });

  it('samples N% of the signed-off tasks, rounded up, reproducibly from the stored seed', async () => {
    const res = await sup.post('/api/look-backs', { scope: 'sample', percent: 25, note: '一季度回头看' });
    expect(res.statusCode, res.body).toBe(201);
    const lb = res.json();
    expect(lb).toMatchObject({ scope: 'sample', percent: 25, candidates: 10, counts: { total: 3, pending: 3 } });
    expect(lb.checks.map((c: { task: { id: number } }) => c.task.id)).toEqual(sampleIds(done, 25, lb.seed));
    expect(lb.checks[0].task).toMatchObject({ state: 'signedOff', light: null });
    expect(lb.checks[0].task.title).toMatch(/^已销号任务/);
    const tiny = (await sup.post('/api/look-backs', { scope: 'sample', percent: 1 })).json();
    expect(tiny.counts.total).toBe(1);
  });

  it('checks all of one source, or all in scope', async () => {
    const bySource = (await sup.post('/api/look-backs', { scope: 'source', sourceId })).json();
    expect(bySource.checks.map((c: { task: { id: number } }) => c.task.id)).toEqual(done.slice(0, 6));
    expect((await sup.post('/api/look-backs', { scope: 'all' })).json().counts.total).toBe(10);
  });

  it('refuses incomplete or empty look-backs, and non-supervisors', async () => {
    const noSource = await sup.post('/api/look-backs', { scope: 'source' });
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().errors[0].field).toBe('body.sourceId');
    expect((await sup.post('/api/look-backs', { scope: 'sample' })).statusCode).toBe(400);
    expect((await sup.post('/api/look-backs', { scope: 'sample', percent: 0 })).statusCode).toBe(400);
    const empty = await sup.post('/api/look-backs', { scope: 'source', sourceId: otherSourceId });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('supervision.look_back_empty');
    expect((await east.post('/api/look-backs', { scope: 'all' })).statusCode).toBe(403);
    expect((await east.get('/api/look-backs')).statusCode).toBe(403);
  });

  it('lists look-backs with their counts', async () => {
    const list = (await sup.get('/api/look-backs')).json();
    expect(list.total).toBe(4);
    expect(list.items.map((l: { counts: { total: number } }) => l.counts.total)).toEqual([10, 6, 1, 3]);
  });

  it('confirms a check once', async () => {
    const lb = (await sup.get('/api/look-backs')).json().items[0];
    const check = (await sup.get(`/api/look-backs/${lb.id}`)).json().checks[0];
    const res = await sup.post(`/api/look-back-checks/${check.id}`, { decision: 'confirm', reason: '核查属实' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'confirm', reason: '核查属实', decidedBy: { name: 'supervisor 用户' } });
    const again = await sup.post(`/api/look-back-checks/${check.id}`, { decision: 'reopen', reason: '再看看', deadline: '2026-04-30' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('supervision.check_decided');
    expect((await sup.get(`/api/look-backs/${lb.id}`)).json().counts).toMatchObject({ confirmed: 1, pending: 9 });
    expect((await sup.post(`/api/look-back-checks/${check.id + 1}`, { decision: 'confirm' })).statusCode).toBe(400); // reason required
  });

  it('reopens a task through the ledger: a new deadline when the old one passed, then the light rules apply again', async () => {
    fx.t.clock.set('2026-03-10T02:00:00.000Z');
    const s = await fx.login('supervisor');
    const lb = (await s.get('/api/look-backs')).json().items[0];
    const check = (await s.get(`/api/look-backs/${lb.id}`)).json().checks[1];
    const noDeadline = await s.post(`/api/look-back-checks/${check.id}`, { decision: 'reopen', reason: '佐证材料不实' });
    expect(noDeadline.statusCode).toBe(400);
    expect(noDeadline.json().code).toBe('task.deadline_required');
    expect((await s.get(`/api/look-backs/${lb.id}`)).json().checks[1].decision).toBeNull(); // rolled back with the step

    const res = await s.post(`/api/look-back-checks/${check.id}`, { decision: 'reopen', reason: '佐证材料不实', deadline: '2026-04-30' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'reopen', deadline: '2026-04-30', task: { state: 'reopened', light: 'green', deadline: '2026-04-30' } });
    const task = (await s.get(`/api/tasks/${check.task.id}`)).json();
    expect(task).toMatchObject({ status: 'reopened', deadline: '2026-04-30', light: 'green' });
    const timeline = (await s.get(`/api/tasks/${check.task.id}/timeline`)).json().items.map((e: { action: string }) => e.action);
    expect(timeline.at(-1)).toBe('task.reopen');
    expect((await supervisionNotices(fx.t.ctx, check.task.id, 'task.reopened')).users).toEqual(['liaison-east']);

    fx.t.clock.set('2026-04-20T02:00:00.000Z');
    await runScan(fx.t.ctx);
    expect((await supervisionNotices(fx.t.ctx, check.task.id, 'supervision.reminder.yellow')).users).toEqual(['leader-east', 'liaison-east']);
  });
});
