// Issue #9: a leader writes a 批示 on a task or a source; it shows in the task's history with his
// name and unit, reaches the lead unit's liaisons and the supervisors, and can become a source.
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { aSource, aTask } from '../../../test/support/factories.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { notificationRecipients } from '../notifications/index.ts';

describe.each(dialects)('批示 on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let leader: TestClient;
  let leaderEast: TestClient;
  let east: TestClient;
  let west: TestClient;

  beforeAll(async () => {
    [sup, leader, leaderEast, east, west] = await Promise.all(['supervisor', 'leader', 'leader-east', 'liaison-east', 'liaison-west'].map((u) => fx.login(u)));
  });

  const recipients = async (type: 'task' | 'source', id: number) =>
    (await notificationRecipients(fx.t.ctx.db, { type, id }, 'instruction.written')).map((r) => r.username);

  it('a leader writes one on a task: in its history with name and unit, to the liaison and the supervisors, audited', async () => {
    const id = await aTask(sup, { title: '基层党建述职评议', lead: fx.city.units.east, deadline: '2026-06-30' });
    const res = await leader.post(`/api/tasks/${id}/instructions`, { text: '请东城区抓紧推进，月底前报送进展。' });
    expect(res.statusCode, res.body).toBe(201);
    const instructionId = res.json().id;

    const list = (await east.get(`/api/tasks/${id}/instructions`)).json();
    expect(list).toEqual({
      items: [
        {
          id: instructionId,
          text: '请东城区抓紧推进，月底前报送进展。',
          author: 'leader 用户',
          unit: '市委组织部',
          createdAt: '2026-03-01T02:00:00.000Z',
          sourceId: null,
        },
      ],
      actions: [],
    });
    expect((await leader.get(`/api/tasks/${id}/instructions`)).json().actions).toEqual(['write']);
    expect((await sup.get(`/api/tasks/${id}/instructions`)).json().actions).toEqual(['convert']);

    const timeline = (await east.get(`/api/tasks/${id}/timeline`)).json().items;
    expect(timeline.at(-1)).toMatchObject({
      action: 'task.instruction',
      actor: 'leader 用户',
      actorUnit: '市委组织部',
      message: '请东城区抓紧推进，月底前报送进展。',
    });

    expect(await recipients('task', id)).toEqual(['liaison-east', 'supervisor']);
    const audits = await fx.t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_name', 'after'])
      .where('action', '=', 'task.instruction')
      .where('entity_id', '=', String(id))
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0].actor_name).toBe('leader');
    expect(JSON.parse(audits[0].after!)).toMatchObject({ instructionId, text: '请东城区抓紧推进，月底前报送进展。', unit: '市委组织部' });
  });

  it('a liaison may not (403); a leader out of scope sees no task (404)', async () => {
    const id = await aTask(sup, { lead: fx.city.units.west, deadline: '2026-06-30' });
    const denied = await west.post(`/api/tasks/${id}/instructions`, { text: '我也想批示' });
    expect(denied.statusCode).toBe(403);
    const hidden = await leaderEast.post(`/api/tasks/${id}/instructions`, { text: '越权批示' });
    expect(hidden.statusCode).toBe(404);
    expect((await leaderEast.get(`/api/tasks/${id}/instructions`)).statusCode).toBe(404);
    expect((await leader.get(`/api/tasks/${id}/instructions`)).json().items).toEqual([]);
  });

  it('bad text is a 400 naming the field, in the reader’s language', async () => {
    const id = await aTask(sup, { lead: fx.city.units.east, deadline: '2026-06-30' });
    for (const text of ['', '   ', 'x'.repeat(2001)]) {
      const res = await leader.post(`/api/tasks/${id}/instructions`, { text });
      expect(res.statusCode, text.slice(0, 10)).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('body.text');
    }
    const missing = await leader.post(`/api/tasks/${id}/instructions`, {}, { 'accept-language': 'en-US' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'body.text' })]);
    expect(missing.json().message).toMatch(/[a-z]/);
    expect((await leader.post(`/api/tasks/${id}/instructions`, { text: 'x'.repeat(2000) })).statusCode).toBe(201);
  });

  it('on a source: on its page, to the supervisors; it becomes a source of kind instruction, audited, once', async () => {
    const src = await aSource(sup, {
      title: '关于加强基层党建的通知',
      items: [{ title: '开展述职评议', leadUnitId: fx.city.units.east, deadline: '2026-06-30' }],
      dispatch: true,
    });
    const res = await leader.post(`/api/sources/${src.id}/instructions`, { text: '要把述职评议\n和整改结合起来。' });
    expect(res.statusCode, res.body).toBe(201);
    expect((await east.get(`/api/sources/${src.id}/instructions`)).json().items).toEqual([
      expect.objectContaining({ author: 'leader 用户', unit: '市委组织部', text: '要把述职评议\n和整改结合起来。' }),
    ]);
    expect(await recipients('source', src.id)).toEqual(['supervisor']);
    expect((await east.post(`/api/sources/${src.id}/instructions`, { text: '不行' })).statusCode).toBe(403);

    expect((await leader.post(`/api/instructions/${res.json().id}/convert`)).statusCode).toBe(403);
    const converted = await sup.post(`/api/instructions/${res.json().id}/convert`);
    expect(converted.statusCode, converted.body).toBe(201);
    const sourceId = converted.json().id;
    expect((await sup.get(`/api/sources/${sourceId}`)).json()).toMatchObject({
      kind: 'instruction',
      text: '要把述职评议\n和整改结合起来。',
      title: 'leader 用户批示：要把述职评议 和整改结合起来。',
      date: '2026-03-01',
      issuer: '市委组织部',
    });
    expect((await sup.get(`/api/sources/${src.id}/instructions`)).json().items[0].sourceId).toBe(sourceId);
    const audit = await fx.t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_name', 'after'])
      .where('action', '=', 'instruction.convert')
      .where('entity_id', '=', String(res.json().id))
      .execute();
    expect(audit.map((a) => [a.actor_name, JSON.parse(a.after!)])).toEqual([['supervisor', { sourceId }]]);

    const again = await sup.post(`/api/instructions/${res.json().id}/convert`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ledger.instruction_converted' });

    // The usual decomposition publishes into it; a second publish is refused.
    const publish = {
      kind: 'instruction',
      title: '述职评议批示',
      sourceId,
      items: [{ title: '述职评议与整改结合', leadUnitId: fx.city.units.east, deadline: '2026-09-30' }],
    };
    const published = await sup.post('/api/sources', publish);
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ id: sourceId, taskIds: [expect.any(Number)] });
    expect((await sup.get(`/api/sources/${sourceId}`)).json()).toMatchObject({ title: '述职评议批示', kind: 'instruction' });
    expect((await sup.post('/api/sources', publish)).statusCode).toBe(409);
  });

  it('converting a 批示 on a task the supervisor sees; an unknown one is a 404', async () => {
    const id = await aTask(sup, { lead: fx.city.units.east, deadline: '2026-06-30' });
    const written = await leaderEast.post(`/api/tasks/${id}/instructions`, { text: '东城区要结合实际细化措施' });
    expect(written.statusCode).toBe(201);
    expect(await recipients('task', id)).toEqual(['liaison-east', 'supervisor']);
    expect((await sup.post(`/api/instructions/${written.json().id}/convert`)).statusCode).toBe(201);
    expect((await sup.post('/api/instructions/999999/convert')).statusCode).toBe(404);
  });

  it('on a dashboard figure: kept with the list it opens, to the scope’s liaison and supervisors; read and converted within scope', async () => {
    const east_ = fx.city.units.east;
    const figure = `/api/tasks?unitId=${east_}&light=red`;
    const written = await leaderEast.post('/api/figure-instructions', { figure, label: '东城区 红灯 3 项', unitId: east_, text: '红灯任务要逐项销号。' });
    expect(written.statusCode, written.body).toBe(201);
    const list = (await east.get(`/api/figure-instructions?unitId=${east_}`)).json();
    expect(list.items).toEqual([
      {
        id: written.json().id,
        text: '红灯任务要逐项销号。',
        author: 'leader-east 用户',
        unit: '东城区',
        createdAt: '2026-03-01T02:00:00.000Z',
        sourceId: null,
        figure,
        label: '东城区 红灯 3 项',
      },
    ]);
    // It reaches the district's liaison and the supervisors over it, not the other district.
    const titles = async (c: TestClient) => ((await c.get('/api/notifications')).json().items as { title: string; body: string }[]).map((n) => n.title);
    expect(await titles(east)).toContain('东城区 红灯 3 项');
    expect(await titles(sup)).toContain('东城区 红灯 3 项');
    expect(await titles(west)).not.toContain('东城区 红灯 3 项');
    const audit = await fx.t.ctx.db.selectFrom('audit_log').select(['entity', 'after']).where('action', '=', 'figure.instruction').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].after!)).toMatchObject({ unitId: east_, label: '东城区 红灯 3 项' });

    // Outside one's scope: another district's figures, or the city's, are not there (404).
    expect((await west.get(`/api/figure-instructions?unitId=${east_}`)).statusCode).toBe(404);
    expect((await leaderEast.post('/api/figure-instructions', { figure, label: '西城区', unitId: fx.city.units.west, text: '看看' })).statusCode).toBe(404);
    expect((await leaderEast.post('/api/figure-instructions', { figure: '/api/tasks', label: '全市', unitId: null, text: '看看' })).statusCode).toBe(404);
    // Only leaders write them; the figure must be a list of this API; the supervisor turns one into a source.
    expect((await sup.post('/api/figure-instructions', { figure, label: 'x', unitId: east_, text: '看看' })).statusCode).toBe(403);
    const bad = await leader.post('/api/figure-instructions', { figure: 'https://example.org', label: 'x', unitId: null, text: '看看' });
    expect([bad.statusCode, bad.body.includes('figure')]).toEqual([400, true]);
    const converted = await sup.post(`/api/instructions/${written.json().id}/convert`);
    expect(converted.statusCode).toBe(201);
    expect((await east.get(`/api/figure-instructions?unitId=${east_}`)).json().items[0].sourceId).toBe(converted.json().id);
    expect(
      (await leader.post('/api/figure-instructions', { figure: '/api/tasks', label: '全市 在办 20 项', unitId: null, text: '全市要加快进度。' })).statusCode,
    ).toBe(201);
    expect((await sup.get('/api/figure-instructions')).json().items.map((i: { label: string }) => i.label)).toEqual(['全市 在办 20 项']);
  });
});
