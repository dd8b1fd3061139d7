import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { signedOffTask } from './testing.ts';

interface ToDoLine {
  key: string;
  count: number;
  link: string;
  note: string | null;
}

/** Issue #9: 回头看 is held on a chosen day and the units answer by a deadline, which their to-do shows. */
describe.each(dialects)('a look-back’s date and answer deadline on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  const done: number[] = [];
  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    for (const title of ['回头看甲', '回头看乙']) done.push(await signedOffTask(sup, east, { title, leadUnitId: fx.city.units.east, deadline: '2026-03-05' }));
  });

  it('is scheduled for a date with a deadline, shown in its answer, its detail and the list', async () => {
    const res = await sup.post('/api/look-backs', { scope: 'all', scheduledOn: '2026-03-10', dueOn: '2026-03-20', note: '一季度' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ scheduledOn: '2026-03-10', dueOn: '2026-03-20' });
    expect((await sup.get(`/api/look-backs/${res.json().id}`)).json()).toMatchObject({ scheduledOn: '2026-03-10', dueOn: '2026-03-20' });
    expect((await sup.get('/api/look-backs')).json().items[0]).toMatchObject({ id: res.json().id, scheduledOn: '2026-03-10', dueOn: '2026-03-20' });
    // Without a date it is held today, with no deadline.
    expect((await sup.post('/api/look-backs', { scope: 'all' })).json()).toMatchObject({ scheduledOn: '2026-03-01', dueOn: null });
  });

  it('refuses a deadline before its date, naming the field; a bad date too', async () => {
    const early = await sup.post('/api/look-backs', { scope: 'all', scheduledOn: '2026-03-10', dueOn: '2026-03-09' }, { 'accept-language': 'zh-CN' });
    expect(early.statusCode, early.body).toBe(400);
    expect(early.json().errors.map((e: { field: string; message: string }) => [e.field, e.message])).toEqual([
      ['body.dueOn', 'body.dueOn: 回复截止日期不能早于回头看日期（2026-03-10）'],
    ]);
    const bad = await sup.post('/api/look-backs', { scope: 'all', dueOn: '2026-02-30x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.dueOn');
  });

  it("puts the unit's tasks under look-back on its liaison's to-do, with the earliest deadline, opening those tasks", async () => {
    const line = ((await east.get('/api/me/todo')).json().items as ToDoLine[]).find((i) => i.key === 'supervision.lookBacksToAnswer');
    expect(line).toMatchObject({ count: 2, note: '2026-03-20' });
    const qs = line!.link.split('?')[1];
    const listed = (await east.get(`/api/tasks?${qs}&pageSize=50`)).json();
    expect(listed.total).toBe(2);
    expect(listed.items.map((t: { id: number }) => t.id).sort()).toEqual([...done].sort());
    // Another district's liaison has none of them.
    const west = await fx.login('liaison-west');
    const other = ((await west.get('/api/me/todo')).json().items as ToDoLine[]).find((i) => i.key === 'supervision.lookBacksToAnswer');
    expect(other?.count ?? 0).toBe(0);
  });
});
