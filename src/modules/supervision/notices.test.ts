import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { loadActor } from '../../platform/auth/actor-loader.ts';
import { noticeService } from './index.ts';
import { reportedTask, supervisionNotices } from './testing.ts';

const docxText = async (body: Buffer) => (await mammoth.extractRawText({ buffer: body })).value;

describe.each(dialects)('supervision notices on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  let taskId: number;

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    taskId = await reportedTask(sup, east, { title: '推进社区网格化管理', leadUnitId: fx.city.units.east, deadline: '2026-06-30' }, '已完成网格划分', 40);
  });

  it('numbers notices in sequence within the year', async () => {
    const first = await sup.post(`/api/tasks/${taskId}/supervision-notices`, { requirements: '请加快推进网格员配备', dueBy: '2026-03-08' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ number: '督办〔2026〕第1号', seq: 1, unit: { id: fx.city.units.east, name: '东城区' }, task: { id: taskId }, dueBy: '2026-03-08' });
    const second = await sup.post(`/api/tasks/${taskId}/supervision-notices`, { requirements: '再次督办' });
    expect(second.json()).toMatchObject({ number: '督办〔2026〕第2号', dueBy: '2026-03-08' }); // a week by default
  });

  it('never gives two notices one number, even issued at once', async () => {
    const supActor = await loadActor(fx.t.ctx.db, fx.city.users.supervisor, { ip: null, locale: 'zh-CN', via: 'session' });
    const issued = await Promise.all([1, 2, 3].map((i) => noticeService.issue(fx.t.ctx, supActor!, taskId, { requirements: `并发督办 ${i}` })));
    expect(issued.map((n) => n.seq).sort()).toEqual([3, 4, 5]);
  });

  it('writes a .docx with the number, the unit, the task, the progress and the requirements', async () => {
    const res = await sup.get('/api/supervision-notices/1.docx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('督办〔2026〕第1号'));
    const text = await docxText(res.rawPayload);
    for (const s of ['督办通知单', '督办〔2026〕第1号', '东城区', '推进社区网格化管理', '2026年6月30日', '已完成网格划分', '请加快推进网格员配备', '2026年3月8日', '市委组织部', '2026年3月1日']) {
      expect(text).toContain(s);
    }
  });

  it('tells the lead unit’s liaisons and leader, and shows on the task’s timeline', async () => {
    const n = await supervisionNotices(fx.t.ctx, taskId, 'supervision.notice');
    expect(n.users.filter((u, i, a) => a.indexOf(u) === i)).toEqual(['leader-east', 'liaison-east']);
    expect(n.rows.map((r) => r.title)).toContain('督办通知：督办〔2026〕第1号');
    const timeline = (await sup.get(`/api/tasks/${taskId}/timeline`)).json().items.map((e: { action: string }) => e.action);
    expect(timeline.filter((a: string) => a === 'task.supervisionNotice').length).toBe(5);
  });

  it('lists and serves notices only to those who may see the task', async () => {
    const list = (await east.get(`/api/supervision-notices?taskId=${taskId}`)).json();
    expect(list.total).toBe(5);
    expect(list.items[0].number).toBe('督办〔2026〕第5号');
    expect((await east.get('/api/supervision-notices/1.docx')).statusCode).toBe(200);
    const west = await fx.login('liaison-west');
    expect((await west.get('/api/supervision-notices')).json().total).toBe(0);
    expect((await west.get('/api/supervision-notices/1.docx')).statusCode).toBe(404);
    expect((await sup.get('/api/supervision-notices?taskId=abc')).statusCode).toBe(400);
  });

  it('refuses a reply-by date in the past, empty requirements, and issuers who do not supervise', async () => {
    const past = await sup.post(`/api/tasks/${taskId}/supervision-notices`, { requirements: '请落实', dueBy: '2026-02-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json().code).toBe('supervision.due_by_past');
    expect((await sup.post(`/api/tasks/${taskId}/supervision-notices`, { requirements: '' })).statusCode).toBe(400);
    expect((await east.post(`/api/tasks/${taskId}/supervision-notices`, { requirements: '请落实' })).statusCode).toBe(403);
  });

  it('starts again from 第1号 in a new year', async () => {
    fx.t.clock.set('2027-01-04T02:00:00.000Z');
    const s = await fx.login('supervisor');
    const res = await s.post(`/api/tasks/${taskId}/supervision-notices`, { requirements: '新年督办' });
    expect(res.json().number).toBe('督办〔2027〕第1号');
  });
});
