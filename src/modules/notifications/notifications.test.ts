import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { addDeliveryHook, forgetLink, notify, type Notice } from './index.ts';

/** The fields of a bell item this test reads. */
type Item = { kind: string; link: unknown; taskId: number | null; body: string };

describe.each(dialects)('notifications over HTTP on %s', (dialect) => {
  const s = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let east: TestClient;
  let west: TestClient;
  const delivered: Notice[] = [];
  let removeHook: () => void;

  beforeAll(async () => {
    east = await s.login('liaison-east');
    west = await s.login('liaison-west');
    removeHook = addDeliveryHook(async (_db, n) => void delivered.push(n));
  });
  afterAll(async () => {
    removeHook();
  });

  const userId = async (username: string) => (await s.t.ctx.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  it('stores one row per distinct recipient with its link, shows each user only their own, and calls the delivery hooks', async () => {
    const eastId = await userId('liaison-east');
    const at = s.t.ctx.clock.now().toISOString();
    await notify(s.t.ctx.db, { kind: 'test.problem', recipients: [eastId, eastId], link: { type: 'problem', id: 41 }, title: '问题', body: '请整改' }, at);
    await notify(s.t.ctx.db, { kind: 'test.task', recipients: [eastId], link: { type: 'task', id: 7 }, title: '任务' }, at);
    await notify(s.t.ctx.db, { kind: 'test.none', recipients: [], title: '无人' }, at);
    expect(delivered.map((d) => [d.kind, d.recipients])).toEqual([
      ['test.problem', [eastId]],
      ['test.task', [eastId]],
    ]);

    const page = (await east.get('/api/notifications?unread=true')).json();
    expect(page.total).toBe(2);
    expect(page.items.map((i: Item) => [i.kind, i.link, i.taskId, i.body])).toEqual([
      ['test.task', { type: 'task', id: 7 }, 7, ''],
      ['test.problem', { type: 'problem', id: 41 }, null, '请整改'],
    ]);
    expect((await west.get('/api/notifications')).json().total).toBe(0);

    // West cannot mark east's notification read.
    expect((await west.post(`/api/notifications/${page.items[0].id}/read`)).statusCode).toBe(204);
    expect((await east.get('/api/notifications?unread=true')).json().total).toBe(2);
    expect((await east.post(`/api/notifications/${page.items[0].id}/read`)).statusCode).toBe(204);
    expect((await east.get('/api/notifications?unread=true')).json().total).toBe(1);
    expect((await east.post('/api/notifications/read-all')).statusCode).toBe(204);
    expect((await east.get('/api/notifications?unread=true')).json().total).toBe(0);

    await forgetLink(s.t.ctx.db, { type: 'problem', id: 41 });
    expect((await east.get('/api/notifications')).json().items.map((i: Item) => i.kind)).toEqual(['test.task']);
  });

  it('rejects a bad query with a 400 naming the field', async () => {
    const r = await east.get('/api/notifications?unread=maybe');
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('unread');
  });
});
