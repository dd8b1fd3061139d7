import { beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../platform/events/index.ts';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { aProblem } from '../../../test/support/factories.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { act, closeMeasure, uploadEvidence } from './testing.ts';

describe.each(dialects)('problems over HTTP on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  let west: TestClient;
  let problemId: number;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    west = await fx.login('liaison-west');
    fx.t.ctx.events.subscribe((e) => void (e.entity === 'problem' && events.push(e)));
  });

  it('records a problem with measures, prompting where the data is vague', async () => {
    const res = await sup.post('/api/problems', {
      sourceKind: 'inspection',
      sourceTitle: '市委第三巡察组反馈意见',
      finding: '干部选任程序不规范，个别岗位未按规定进行民主推荐',
      category: '选人用人',
      severity: 'serious',
      unitId: fx.city.units.east,
      foundOn: '2026-02-20',
      deadline: '2026-05-31',
      measures: [
        { title: '建立干部选任纪实制度', ownerName: '张三', deadline: '2026-04-30' },
        { title: '开展选人用人专项培训', deadline: '2026-06-15' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    problemId = p.id;
    expect(p).toMatchObject({ status: 'open', light: 'green', unit: { id: fx.city.units.east, name: '东城区' }, measureCounts: { total: 2, draft: 2 } });
    expect(p.measures.map((m: { title: string; category: string; status: string }) => [m.title, m.category, m.status])).toEqual([
      ['建立干部选任纪实制度', 'problem', 'draft'],
      ['开展选人用人专项培训', 'problem', 'draft'],
    ]);
    expect(p.warnings.map((w: { field: string; code: string }) => `${w.field} ${w.code}`)).toEqual([
      'measures.1.deadline problems.warn.measure_after_deadline',
      'measures.1.ownerName problems.warn.measure_no_owner',
    ]);
    expect(p.warnings[0].message).toContain('晚于问题整改时限');
    expect(p.actions).toEqual(['edit', 'addMeasure', 'dispatch']);
    expect((await east.get(`/api/problems/${problemId}`)).json().actions).toEqual([]);

    const bad = await sup.post('/api/problems', {
      sourceKind: 'inspection',
      sourceTitle: 'x',
      finding: 'y',
      category: '不存在',
      unitId: fx.city.units.east,
      foundOn: '2026-03-01',
      deadline: '2026-02-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.deadline', 'body.category']);
    expect(
      (
        await east.post('/api/problems', {
          sourceKind: 'inspection',
          sourceTitle: 'x',
          finding: 'y',
          category: '选人用人',
          unitId: fx.city.units.east,
          deadline: '2026-05-01',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('adds a measure without deadline (a warning), and dispatch refuses it through the ledger', async () => {
    const res = await sup.post(`/api/problems/${problemId}/measures`, { title: '完善干部档案审核' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings.map((w: { code: string }) => w.code)).toEqual(['problems.warn.measure_no_deadline', 'problems.warn.measure_no_owner']);
    const refused = await sup.post(`/api/problems/${problemId}/dispatch`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('ledger.dispatch_failed');
    expect((await sup.get(`/api/problems/${problemId}`)).json().status).toBe('open'); // all or none
    const task = (await sup.get(`/api/tasks/${res.json().taskId}`)).json();
    expect((await sup.delete(`/api/tasks/${task.id}?version=${task.version}`)).statusCode).toBe(204);
    expect((await sup.get(`/api/problems/${problemId}`)).json().measureCounts.total).toBe(2);
  });

  it('closes the loop: dispatch, measures signed off in the ledger, acceptance with evidence', async () => {
    const dispatched = await sup.post(`/api/problems/${problemId}/dispatch`);
    expect(dispatched.statusCode, dispatched.body).toBe(200);
    expect(dispatched.json()).toMatchObject({ status: 'rectifying', measureCounts: { draft: 0 } });
    const [a, b] = dispatched.json().measures.map((m: { id: number }) => m.id);
    expect((await east.get(`/api/tasks/${a}`)).json().status).toBe('dispatched');

    await closeMeasure(sup, east, a);
    expect((await sup.get(`/api/problems/${problemId}`)).json()).toMatchObject({ status: 'rectifying', measureCounts: { signedOff: 1 } });
    await closeMeasure(sup, east, b);
    let p = (await sup.get(`/api/problems/${problemId}`)).json();
    expect(p.status).toBe('awaitingAcceptance');
    expect(p.actions).toEqual(['edit', 'addMeasure', 'accept', 'refuseAcceptance']);

    const noEvidence = await sup.post(`/api/problems/${problemId}/accept`, { comment: '', fileIds: [] });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().errors.map((e: { field: string; code: string }) => e.code)).toEqual([
      'problems.accept.evidence_required',
      'problems.accept.comment_required',
    ]);
    expect((await east.post(`/api/problems/${problemId}/accept`, { comment: '好', fileIds: [1] })).statusCode).toBe(403);

    const refused = await sup.post(`/api/problems/${problemId}/refuse-acceptance`, { reason: '纪实材料不完整' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'rectifying', refusal: { reason: '纪实材料不完整', by: { name: 'supervisor 用户' } } });
    // Evidence is checked first (issue 10.1: only files the manager may read), then the state.
    expect((await sup.post(`/api/problems/${problemId}/accept`, { comment: '整改到位', fileIds: [await uploadEvidence(sup)] })).statusCode).toBe(409);
    // the supervisor reopens a measure through the ledger; signed off again, the problem awaits acceptance afresh
    await act(sup, b, 'reopen', { reason: '补充纪实材料' });
    expect((await sup.get(`/api/problems/${problemId}`)).json()).toMatchObject({ status: 'rectifying', refusal: null });
    await east.post(`/api/tasks/${b}/reports`, { text: '已补充纪实材料', percent: 100 });
    await act(east, b, 'requestSignOff');
    await act(sup, b, 'signOff');
    expect((await sup.get(`/api/problems/${problemId}`)).json().status).toBe('awaitingAcceptance');

    const fileId = await uploadEvidence(sup);
    const accepted = await sup.post(`/api/problems/${problemId}/accept`, { comment: '整改到位，同意销号', fileIds: [fileId] });
    expect(accepted.statusCode, accepted.body).toBe(200);
    p = accepted.json();
    expect(p).toMatchObject({ status: 'rectified', light: null, acceptance: { comment: '整改到位，同意销号', fileIds: [fileId] }, actions: [] });
    expect(events.map((e) => e.type)).toContain('problem.rectified');
    expect(events.find((e) => e.type === 'problem.rectified')).toMatchObject({ entityId: problemId, unitIds: [fx.city.units.east] });
    const list = (await sup.get('/api/problems?status=rectified')).json();
    expect(list.items.map((i: { id: number }) => i.id)).toEqual([problemId]);
    expect((await sup.get('/api/problems?status=rectifying')).json().total).toBe(0);
    // The evidence is readable by whoever may see the problem, and by nobody else.
    expect((await east.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await west.get(`/api/files/${fileId}`)).statusCode).toBe(404);
  });

  it('shows a problem only to who may see its responsible unit', async () => {
    expect((await west.get(`/api/problems/${problemId}`)).statusCode).toBe(404);
    expect((await west.get('/api/problems')).json()).toEqual({ total: 0, items: [] });
    expect((await east.get('/api/problems')).json().items.map((i: { id: number }) => i.id)).toEqual([problemId]);
    expect((await west.post(`/api/problems/${problemId}/refuse-acceptance`, { reason: 'x' })).statusCode).toBe(403);
  });

  it('refuses a stale edit with 409, and filters by light, category, severity and keyword', async () => {
    const created = await aProblem(sup, {
      sourceKind: 'specialInspection',
      sourceTitle: '选人用人专项检查',
      finding: '档案审核不严',
      category: '组织建设',
      unitId: fx.city.units.west,
      deadline: '2026-03-15',
    });
    expect(created).toMatchObject({ light: 'yellow', warnAt: 20, daysLeft: 14, severity: 'general' });
    const first = await sup.patch(`/api/problems/${created.id}`, { version: created.version, severity: 'critical' });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await sup.patch(`/api/problems/${created.id}`, { version: created.version, finding: '改了' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('common.conflict');
    expect((await sup.patch(`/api/problems/${problemId}`, { version: 99, finding: '改了' })).statusCode).toBe(409);

    const ids = async (q: string) => (await sup.get(`/api/problems?${q}`)).json().items.map((i: { id: number }) => i.id);
    expect(await ids('light=yellow')).toEqual([created.id]);
    expect(await ids('severity=critical&category=组织建设')).toEqual([created.id]);
    expect(await ids(`unitId=${fx.city.units.east}`)).toEqual([problemId]);
    expect(await ids('q=' + encodeURIComponent('档案'))).toEqual([created.id]);
    expect(await ids('sourceKind=inspection')).toEqual([problemId]);
    fx.t.clock.set('2026-03-16T02:00:00.000Z');
    const s = await fx.login('supervisor');
    expect((await s.get(`/api/problems?light=red`)).json().items.map((i: { id: number }) => i.id)).toEqual([created.id]);
  });

  it('keeps a category dictionary and warning thresholds that supervisors change', async () => {
    const s = await fx.login('supervisor');
    expect((await s.get('/api/problem-categories')).json().items).toContain('党风廉政');
    expect((await s.put('/api/problem-categories', { items: ['组织建设', '意识形态', '组织建设'] })).json()).toEqual({ items: ['组织建设', '意识形态'] });
    expect((await (await fx.login('liaison-east')).put('/api/problem-categories', { items: ['x'] })).statusCode).toBe(403);
    expect((await s.put('/api/problem-lights', { warnDays: [10, 30] })).json()).toEqual({ warnDays: [30, 10] });
  });
});
