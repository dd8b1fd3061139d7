// Issue #9: the ledger's summary cards count what its list lists, under every filter the list
// follows; the liaison who acknowledges (签收) a task without a 联络员 becomes it.
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { aTask } from '../../../test/support/factories.ts';
import type { TestClient } from '../../../test/support/http.ts';

describe.each(dialects)('summary and list agree; 签收 fills the 联络员, on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
  });

  it('counts the list’s total under combined filters (unit, statuses, light, keyword)', async () => {
    const lead = fx.city.units.east;
    await aTask(sup, { title: '整顿软弱涣散党组织', lead, deadline: '2026-03-05' });
    await aTask(sup, { title: '整顿软弱涣散党组织二', lead, deadline: '2026-12-31', status: 'reported', liaison: east });
    await aTask(sup, { title: '整顿软弱涣散党组织三', lead, deadline: '2026-12-31' });
    await aTask(sup, { title: '其他工作', lead, deadline: '2026-03-05' });
    await aTask(sup, { title: '整顿软弱涣散党组织四', lead: fx.city.units.west, deadline: '2026-03-05' });
    for (const q of [
      `unitId=${lead}&status=dispatched&status=inProgress&q=${encodeURIComponent('软弱涣散')}`,
      `unitId=${lead}&status=dispatched&status=inProgress&light=yellow&q=${encodeURIComponent('软弱涣散')}`,
      `unitId=${lead}&status=dispatched&status=inProgress`,
    ]) {
      const list = (await sup.get(`/api/tasks?${q}`)).json();
      const summary = (await sup.get(`/api/tasks/summary?${q}`)).json();
      expect(summary.total.count, q).toBe(list.total);
      const byStatus = Object.values(summary.byStatus as Record<string, { count: number }>).reduce((n, f) => n + f.count, 0);
      expect(byStatus, q).toBe(list.total);
      const byLight = summary.byLight.red.count + summary.byLight.yellow.count + summary.byLight.green.count;
      expect(byLight, q).toBe(list.total);
    }
    const narrow = (
      await sup.get(`/api/tasks/summary?unitId=${lead}&status=dispatched&status=inProgress&light=yellow&q=${encodeURIComponent('软弱涣散')}`)
    ).json();
    expect(narrow.total.count).toBe(1);
    expect(narrow.byLight.yellow.count).toBe(1);
  });

  it('makes the acknowledging liaison the task’s 联络员 when it has none, and keeps one already named', async () => {
    const id = await aTask(sup, { title: '签收后联络员', lead: fx.city.units.east, deadline: '2026-06-30' });
    expect((await sup.get(`/api/tasks/${id}`)).json().liaison).toBeNull();
    const version = (await east.get(`/api/tasks/${id}`)).json().version;
    expect((await east.post(`/api/tasks/${id}/actions/acknowledge`, { version })).statusCode).toBe(200);
    expect((await sup.get(`/api/tasks/${id}`)).json().liaison).toMatchObject({ id: fx.city.users['liaison-east'], name: 'liaison-east 用户' });

    const named = (await sup.post('/api/tasks', { title: '已有联络员', leadUnitId: fx.city.units.east, deadline: '2026-06-30', liaisonName: '王联络' })).json()
      .id;
    expect((await sup.post('/api/tasks/dispatch', { ids: [named] })).statusCode).toBe(200);
    const v2 = (await east.get(`/api/tasks/${named}`)).json().version;
    expect((await east.post(`/api/tasks/${named}/actions/acknowledge`, { version: v2 })).statusCode).toBe(200);
    expect((await sup.get(`/api/tasks/${named}`)).json().liaison).toMatchObject({ id: null, name: '王联络' });
  });
});
