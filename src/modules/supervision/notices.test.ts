import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { loadActor } from '../../platform/auth/actor-loader.ts';
import { noticeService } from './index.ts';
import { reportedTask, supervisionNotices } from './testing.ts';
import { aTask } from '../../../test/support/factories.ts';

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
    expect(first.json()).toMatchObject({
      number: 'X组督〔2026〕1号',
      seq: 1,
      unit: { id: fx.city.units.east, name: '东城区' },
      task: { id: taskId },
      dueBy: '2026-03-08',
    });
    const second = await sup.post(`/api/tasks/${taskId}/supervision-notices`, { requirements: '再次督办' });
    expect(second.json()).toMatchObject({ number: 'X组督〔2026〕2号', dueBy: '2026-03-08' }); // a week by default
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
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('X组督〔2026〕1号'));
    const text = await docxText(res.rawPayload);
    for (const s of [
      '督办通知单',
      'X组督〔2026〕1号',
      '东城区',
      '推进社区网格化管理',
      '2026年6月30日',
      '已完成网格划分',
      '请加快推进网格员配备',
      '2026年3月8日',
      '市委组织部',
      '2026年3月1日',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('tells the lead unit’s liaisons and leader, and shows on the task’s timeline', async () => {
    const n = await supervisionNotices(fx.t.ctx, taskId, 'supervision.notice');
    expect(n.users.filter((u, i, a) => a.indexOf(u) === i)).toEqual(['leader-east', 'liaison-east']);
    expect(n.rows.map((r) => r.title)).toContain('督办通知：X组督〔2026〕1号');
    const timeline = (await sup.get(`/api/tasks/${taskId}/timeline`)).json().items.map((e: { action: string }) => e.action);
    expect(timeline.filter((a: string) => a === 'task.supervisionNotice').length).toBe(5);
  });

  it('lists and serves notices only to those who may see the task', async () => {
    const list = (await east.get(`/api/supervision-notices?taskId=${taskId}`)).json();
    expect(list.total).toBe(5);
    expect(list.items[0].number).toBe('X组督〔2026〕5号');
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

  it('numbers and signs with the install’s issuing department, names 配合单位 and 签发人, and keeps issued numbers', async () => {
    const admin = await fx.login('admin');
    expect((await east.put('/api/issuer', { code: 'Z组' })).statusCode).toBe(403);
    expect((await (await fx.login('admin-east')).put('/api/issuer', { code: 'Z组' })).statusCode).toBe(403);
    const set = await admin.put('/api/issuer', { name: '中共Y市委组织部', code: 'Y组' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ name: '中共Y市委组织部', code: 'Y组', defaults: { name: '市委组织部', code: 'X组' } });
    const task = await aTask(sup, { title: '配合督办事项', lead: fx.city.units.east, supporting: [fx.city.units.west], deadline: '2026-06-30' });
    const res = await sup.post(`/api/tasks/${task}/supervision-notices`, { requirements: '请按期完成', signer: '王部长', phone: '0000-1234567' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().number).toBe('Y组督〔2026〕6号');
    const text = await docxText((await sup.get(`/api/supervision-notices/${res.json().id}.docx`)).rawPayload);
    for (const s of ['Y组督〔2026〕6号', '签发人：王部长', '西城区', '中共Y市委组织部', '0000-1234567']) expect(text).toContain(s);
    // A sent number never changes with the setting.
    expect((await sup.get('/api/supervision-notices')).json().items.map((n: { number: string }) => n.number)).toContain('X组督〔2026〕1号');
    const audit = (await (await fx.login('auditor')).get('/api/audit?entity=setting')).json();
    expect(JSON.stringify(audit)).toContain('Y组');
    // An empty part goes back to its default.
    expect((await admin.put('/api/issuer', { name: '', code: '' })).json()).toMatchObject({ name: '市委组织部', code: 'X组' });
  });

  it('starts again from 第1号 in a new year', async () => {
    fx.t.clock.set('2027-01-04T02:00:00.000Z');
    const s = await fx.login('supervisor');
    const res = await s.post(`/api/tasks/${taskId}/supervision-notices`, { requirements: '新年督办' });
    expect(res.json().number).toBe('X组督〔2027〕1号');
  });
});
