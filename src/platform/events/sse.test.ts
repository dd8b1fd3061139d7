import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { accountService } from '../../modules/account/index.ts';

/** A live SSE connection read as text, chunk by chunk. */
class Stream {
  text = '';
  done = false;
  private readonly abort = new AbortController();
  private waiters: Array<() => void> = [];
  res!: Response;
  static async open(url: string, headers: Record<string, string>) {
    const s = new Stream();
    s.res = await fetch(url, { headers, signal: s.abort.signal });
    if (s.res.body) void s.pump(s.res.body.getReader());
    return s;
  }
  close = () => this.abort.abort();
  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>) {
    const dec = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.text += dec.decode(value, { stream: true });
        this.wake();
      }
    } catch {
      /* aborted */
    }
    this.done = true;
    this.wake();
  }
  private wake() {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }
  /** Resolves once the stream's state satisfies pred, checked on every chunk (the test's timeout bounds the wait; no clock). */
  async waitFor(pred: (s: Stream) => boolean): Promise<boolean> {
    while (!pred(this)) {
      if (this.done) return false;
      await new Promise<void>((r) => this.waiters.push(r));
    }
    return true;
  }
  events = () => [...this.text.matchAll(/event: (\S+)\ndata: (.*)\n/g)].map((m) => ({ type: m[1], data: JSON.parse(m[2]) }));
}

describe.each(dialects)('live updates (SSE) on %s', (dialect) => {
  // The heartbeat period is read when the app is built, by the fixture's hook just below.
  beforeAll(() => void (process.env.LUOSHI_SSE_HEARTBEAT_MS = '300'));
  const fx = withCityApp(dialect, { now: new Date().toISOString() });
  let base: string;
  let sup: TestClient;
  const token = async (userId: number, username: string) => (await accountService.createToken(fx.t.ctx, { userId, username, ip: null }, 'sse')).token;

  beforeAll(async () => {
    delete process.env.LUOSHI_SSE_HEARTBEAT_MS;
    await fx.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(fx.app.server.address() as { port: number }).port}`;
    sup = await fx.login('supervisor');
  });

  it('sends a task change to users who see its unit, and not to others', async () => {
    const east = await Stream.open(`${base}/api/events`, { authorization: `Bearer ${await token(fx.city.users['liaison-east'], 'liaison-east')}` });
    const west = await Stream.open(`${base}/api/events`, { authorization: `Bearer ${await token(fx.city.users['liaison-west'], 'liaison-west')}` });
    const login = await fx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'leader', password: PASSWORD } });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const leader = await Stream.open(`${base}/api/events`, { cookie });
    for (const s of [east, west, leader]) {
      expect(s.res.status).toBe(200);
      expect(s.res.headers.get('content-type')).toContain('text/event-stream');
      expect(await s.waitFor((x) => x.text.includes('retry: '))).toBe(true);
    }
    const created = await sup.post('/api/tasks', { title: '推进基层党组织标准化建设', leadUnitId: fx.city.units.eastStreet, deadline: '2030-06-30' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    // A draft's events reach its managers only (see below); dispatched, it reaches the unit's people.
    expect((await sup.post(`/api/tasks/${id}/actions/dispatch`, { version: created.json().version })).statusCode).toBe(200);
    expect(await east.waitFor((s) => s.events().some((e) => e.data.entityId === id))).toBe(true);
    expect(await leader.waitFor((s) => s.events().some((e) => e.data.entityId === id))).toBe(true);
    expect(east.events().find((e) => e.data.entityId === id)).toMatchObject({
      type: 'task.dispatched',
      data: { entity: 'task', unitIds: [fx.city.units.eastStreet] },
    });
    // Events go out in one synchronous fan-out, so a heartbeat sent after it proves west was passed over.
    const seen = west.text.length;
    expect(await west.waitFor((s) => s.text.slice(seen).includes(': ping'))).toBe(true); // the heartbeat
    expect(west.events()).toEqual([]);
    for (const s of [east, west, leader]) s.close();
  });

  it('follows a new unit created under a user’s subtree', async () => {
    const east = await Stream.open(`${base}/api/events`, { authorization: `Bearer ${await token(fx.city.users['liaison-east'], 'liaison-east')}` });
    expect(await east.waitFor((x) => x.text.includes('retry: '))).toBe(true);
    const admin = await fx.login('admin');
    const unit = await admin.post('/api/units', { name: '新建社区', kind: 'community', parentId: fx.city.units.eastStreet });
    expect(unit.statusCode, unit.body).toBe(201);
    const task = await sup.post('/api/tasks', { title: '新社区任务', leadUnitId: unit.json().id, deadline: '2030-06-30' });
    await sup.post(`/api/tasks/${task.json().id}/actions/dispatch`, { version: task.json().version });
    expect(await east.waitFor((s) => s.events().some((e) => e.data.entityId === task.json().id))).toBe(true);
    east.close();
  });

  it('ends a stream whose session logged out, before sending it anything more', async () => {
    const login = await fx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'liaison-east', password: PASSWORD } });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const s = await Stream.open(`${base}/api/events`, { cookie });
    expect(await s.waitFor((x) => x.text.includes('retry: '))).toBe(true);
    const out = await fx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': login.json().csrfToken } });
    expect(out.statusCode, out.body).toBeLessThan(300);
    const task = await sup.post('/api/tasks', { title: '登出后的任务', leadUnitId: fx.city.units.eastStreet, deadline: '2030-06-30' });
    expect(task.statusCode).toBe(201);
    expect(await s.waitFor((x) => x.done)).toBe(true);
    expect(s.events().some((e) => e.data.entityId === task.json().id)).toBe(false);
  });

  it('ends a quiet stream whose session went idle past the timeout, at its next heartbeat', async () => {
    const login = await fx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'liaison-east', password: PASSWORD } });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const s = await Stream.open(`${base}/api/events`, { cookie });
    expect(await s.waitFor((x) => x.text.includes('retry: '))).toBe(true);
    const other = await Stream.open(`${base}/api/events`, { authorization: `Bearer ${await token(fx.city.users['liaison-west'], 'liaison-west')}` });
    expect(await other.waitFor((x) => x.text.includes('retry: '))).toBe(true);
    fx.t.clock.advance(31 * 60_000); // past the 30-minute idle timeout, with no request meanwhile
    try {
      expect(await s.waitFor((x) => x.done)).toBe(true);
      // A token has no idle timeout: that stream goes on beating.
      const seen = other.text.length;
      expect(await other.waitFor((x) => x.text.slice(seen).includes(': ping'))).toBe(true);
    } finally {
      fx.t.clock.advance(-31 * 60_000);
      other.close();
    }
  });

  it('ends a stream when its user’s grants change, and a reconnect gets the new scope', async () => {
    const bearer = { authorization: `Bearer ${await token(fx.city.users['liaison-east'], 'liaison-east')}` };
    const s = await Stream.open(`${base}/api/events`, bearer);
    expect(await s.waitFor((x) => x.text.includes('retry: '))).toBe(true);
    const admin = await fx.login('secadmin');
    const user = (await admin.get(`/api/users/${fx.city.users['liaison-east']}`)).json();
    const grants = (user.roles as { roleId: number; unitId: number }[]).map((g) => ({ roleId: g.roleId, unitId: g.unitId }));
    const moved = await admin.put(`/api/users/${user.id}/grants`, { grants: grants.map((g) => ({ ...g, unitId: fx.city.units.westStreet })) });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await s.waitFor((x) => x.done)).toBe(true);
    const again = await Stream.open(`${base}/api/events`, bearer);
    expect(await again.waitFor((x) => x.text.includes('retry: '))).toBe(true);
    const west = await sup.post('/api/tasks', { title: '调整后可见的任务', leadUnitId: fx.city.units.westStreet, deadline: '2030-06-30' });
    await sup.post(`/api/tasks/${west.json().id}/actions/dispatch`, { version: west.json().version });
    expect(await again.waitFor((x) => x.events().some((e) => e.data.entityId === west.json().id))).toBe(true);
    again.close();
    expect((await admin.put(`/api/users/${user.id}/grants`, { grants })).statusCode).toBe(200);
  });

  it('sends a draft task’s events only to those who see drafts; a liaison hears of it once dispatched', async () => {
    const east = await Stream.open(`${base}/api/events`, { authorization: `Bearer ${await token(fx.city.users['liaison-east'], 'liaison-east')}` });
    const boss = await Stream.open(`${base}/api/events`, { authorization: `Bearer ${await token(fx.city.users.supervisor, 'supervisor')}` });
    for (const x of [east, boss]) expect(await x.waitFor((y) => y.text.includes('retry: '))).toBe(true);
    const draft = await sup.post('/api/tasks', { title: '尚未下发的草稿任务', leadUnitId: fx.city.units.eastStreet, deadline: '2030-06-30' });
    expect(draft.json().status).toBe('draft');
    const id = draft.json().id;
    expect(await boss.waitFor((x) => x.events().some((e) => e.data.entityId === id && e.type === 'task.created'))).toBe(true);
    const seen = east.text.length;
    expect(await east.waitFor((x) => x.text.slice(seen).includes(': ping'))).toBe(true);
    expect(east.events().some((e) => e.data.entityId === id)).toBe(false);
    const sent = await sup.post(`/api/tasks/${id}/actions/dispatch`, { version: draft.json().version });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await east.waitFor((x) => x.events().some((e) => e.data.entityId === id && e.type === 'task.dispatched'))).toBe(true);
    for (const x of [east, boss]) x.close();
  });

  it('refuses an anonymous stream, and ends open streams when the server closes', async () => {
    const anonymous = await fetch(`${base}/api/events`);
    expect(anonymous.status).toBe(401);
    await anonymous.arrayBuffer();
    const s = await Stream.open(`${base}/api/events`, { authorization: `Bearer ${await token(fx.city.users.supervisor, 'supervisor')}` });
    expect(await s.waitFor((x) => x.text.includes('retry: '))).toBe(true);
    // The open stream ends at once; close() itself may still wait for idle keep-alive sockets of
    // the earlier (client-aborted) fetches, which undici holds until its own 4 s timeout.
    const closed = fx.app.close();
    expect(await s.waitFor((x) => x.done)).toBe(true);
    await closed;
  });
});
