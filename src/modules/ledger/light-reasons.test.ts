// Issue #9: a list row names the same reasons for its light as the task itself: lagging (a
// milestone past its date) and reportMissing (a cycle's report not sent) too, not only the
// deadline's reasons its stored thresholds tell.
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';

describe.each(dialects)('light reasons on list rows and on the task, on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let lagging: number;
  let silent: number;
  let onTrack: number;
  let sup: TestClient;

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    const make = async (body: Record<string, unknown>) => {
      const res = await sup.post('/api/tasks', { leadUnitId: fx.city.units.east, deadline: '2026-12-31', ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    lagging = await make({ title: '阶段目标滞后的任务', milestones: [{ title: '制定方案', due: '2026-03-05' }] });
    silent = await make({ title: '未按期报送进展的任务', reportingCycle: { kind: 'weekly', weekday: 1 } });
    onTrack = await make({ title: '正常推进的任务' });
    expect((await sup.post('/api/tasks/dispatch', { ids: [lagging, silent, onTrack] })).statusCode).toBe(200);
    // Dispatched on Sunday 1 March: the milestone of 5 March passes, and Monday 9 March's report is not sent.
    fx.t.clock.set('2026-03-12T02:00:00.000Z');
    sup = await fx.login('supervisor');
  });

  it('gives each row the reasons the task detail gives', async () => {
    const list = (await sup.get(`/api/tasks?unitId=${fx.city.units.east}&pageSize=100`)).json();
    const row = (id: number) => list.items.find((i: { id: number }) => i.id === id);
    const detail = async (id: number) => (await sup.get(`/api/tasks/${id}`)).json();

    expect(row(lagging)).toMatchObject({ light: 'yellow', lightReasons: ['lagging'] });
    expect(row(silent)).toMatchObject({ light: 'yellow', lightReasons: ['reportMissing'] });
    expect(row(onTrack)).toMatchObject({ light: 'green', lightReasons: [] });
    for (const id of [lagging, silent, onTrack]) expect((await detail(id)).lightReasons).toEqual(row(id).lightReasons);
  });
});
