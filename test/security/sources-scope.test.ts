import { describe, expect, it } from 'vitest';
import { dialects } from '../support/db.ts';
import { withCityApp } from '../support/city-app.ts';
import { PASSWORD } from '../support/city.ts';
import { loggedIn } from '../support/http.ts';

// Issue #10, finding 6: a source follows the visibility of its tasks (drafts: supervisors only).
describe.each(dialects)('sources are scoped like their tasks on %s (issue 10.6)', (dialect) => {
  const s = withCityApp(dialect);

  it('an unpublished source is hidden from a liaison of another district and from a leader', async () => {
    const sup = await loggedIn(s.app, 'supervisor', PASSWORD);
    const draft = await sup.post('/api/sources', {
      kind: 'speech',
      title: '未下达的讲话',
      text: '一要保密的内容。',
      items: [{ title: '保密的任务', leadUnitId: s.city.units.east }],
    });
    expect(draft.statusCode).toBe(201);
    const draftId = draft.json().id;
    const sent = await sup.post('/api/sources', {
      kind: 'speech',
      title: '已下达的讲话',
      text: '一要东城的任务。',
      items: [{ title: '东城的任务', leadUnitId: s.city.units.east, deadline: '2026-12-31' }],
      dispatch: true,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const sentId = sent.json().id;

    expect((await sup.get(`/api/sources/${draftId}`)).statusCode).toBe(200);
    expect((await sup.get('/api/sources')).json().items.map((i: { id: number }) => i.id)).toEqual(expect.arrayContaining([draftId, sentId]));

    for (const who of ['liaison-west', 'liaison-east', 'leader', 'leader-east']) {
      const c = await loggedIn(s.app, who, PASSWORD);
      const one = await c.get(`/api/sources/${draftId}`);
      expect(one.statusCode, who).toBe(404);
      expect(one.body).not.toContain('保密');
      const ids = (await c.get('/api/sources?pageSize=100')).json().items.map((i: { id: number }) => i.id);
      expect(ids, who).not.toContain(draftId);
    }
    // A dispatched source is seen by the lead district and the city leader, not by another district.
    for (const [who, status] of [
      ['liaison-east', 200],
      ['leader', 200],
      ['leader-east', 200],
      ['liaison-west', 404],
    ] as const) {
      const c = await loggedIn(s.app, who, PASSWORD);
      expect((await c.get(`/api/sources/${sentId}`)).statusCode, who).toBe(status);
      const list = (await c.get('/api/sources?pageSize=100')).json();
      expect(list.items.map((i: { id: number }) => i.id).includes(sentId), who).toBe(status === 200);
      expect(list.total).toBe(list.items.length);
    }
  });
});
