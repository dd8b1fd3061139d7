import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { JobRunner } from '../../platform/jobs/index.ts';
import { userService } from '../users/index.ts';
import { securityService } from '../security/index.ts';
import { systemActor } from '../../platform/access/index.ts';
import { registerScanJob, runScan } from './index.ts';
import { dispatchedTask, draftTask, signedOffTask, supervisionNotices } from './testing.ts';

const day = (d: string) => `${d}T02:00:00.000Z`; // 10:00 in Beijing

describe.each(dialects)('reminders on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: day('2026-03-01') });
  let sup: TestClient;
  let runner: JobRunner;
  let taskId: number;

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    runner = registerScanJob(fx.t.ctx, new JobRunner(fx.t.ctx.db, fx.t.clock, { id: 'test' }));
    taskId = await dispatchedTask(sup, { title: '整顿软弱涣散基层党组织', leadUnitId: fx.city.units.east, deadline: '2026-03-20' });
  });

  const yellow = () => supervisionNotices(fx.t.ctx, taskId, 'supervision.reminder.yellow');
  const red = () => supervisionNotices(fx.t.ctx, taskId, 'supervision.reminder.red');

  it('stays quiet while the task is green', async () => {
    expect(await runner.tick()).toEqual({ ran: 1, failed: 0 });
    expect((await yellow()).users).toEqual([]);
  });

  it('reminds the liaison and the lead unit’s leader when the task turns yellow, ten days before the deadline', async () => {
    fx.t.clock.set(day('2026-03-10'));
    await runner.tick();
    const y = await yellow();
    expect(y.users).toEqual(['leader-east', 'liaison-east']);
    expect(y.rows[0].title).toBe('临近提醒：整顿软弱涣散基层党组织');
    expect(y.rows[0].body).toContain('还有 10 天');
    const job = await fx.t.ctx.db.selectFrom('jobs').select(['status']).where('dedupe_key', '=', 'scan:2026-03-10').executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
  });

  it('does not remind twice: not on the same day, not on the next days while the colour holds', async () => {
    expect((await runner.tick()).ran).toBe(0); // today's scan already ran
    expect(await runScan(fx.t.ctx)).toEqual({ due: 0, sent: 0, notified: 0 }); // on demand: nothing new
    fx.t.clock.set(day('2026-03-15'));
    expect((await runner.tick()).ran).toBe(1);
    expect((await yellow()).users).toEqual(['leader-east', 'liaison-east']);
  });

  it('presses at red after the deadline, adding the supervisors, once', async () => {
    fx.t.clock.set(day('2026-03-21'));
    await runner.tick();
    const r = await red();
    expect(r.users).toEqual(['leader-east', 'liaison-east', 'supervisor']);
    expect(r.rows[0].title).toBe('到期催办：整顿软弱涣散基层党组织');
    expect(r.rows[0].body).toContain('逾期 1 天');
    fx.t.clock.set(day('2026-03-22'));
    await runner.tick();
    expect((await red()).users.length).toBe(3);
    expect((await yellow()).users.length).toBe(2);
  });

  it('runs the scan on demand for a supervisor only', async () => {
    const s = await fx.login('supervisor');
    expect((await s.post('/api/supervision/scan')).json()).toEqual({ due: 0, sent: 0, notified: 0 });
    expect((await (await fx.login('liaison-east')).post('/api/supervision/scan')).statusCode).toBe(403);
  });

  it('lets a supervisor remind by hand once a day, reaching the liaison and the leader in charge', async () => {
    const s = await fx.login('supervisor');
    const res = await s.post(`/api/tasks/${taskId}/reminders`, { message: '请本周内报送整改进展' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().recipients).toBe(2);
    const m = await supervisionNotices(fx.t.ctx, taskId, 'supervision.reminder.manual');
    expect(m.users).toEqual(['leader-east', 'liaison-east']);
    expect(m.rows[0]).toMatchObject({ title: '催办：整顿软弱涣散基层党组织', body: '请本周内报送整改进展' });

    const again = await s.post(`/api/tasks/${taskId}/reminders`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('supervision.reminder_limit');
    expect(again.json().message).toContain('每天');
    const en = await s.post(`/api/tasks/${taskId}/reminders`, {}, { 'accept-language': 'en-US' });
    expect(en.json().message).toContain('one per task, sender and day');

    const timeline = (await s.get(`/api/tasks/${taskId}/timeline`)).json().items.map((e: { action: string }) => e.action);
    expect(timeline).toContain('task.remind');

    fx.t.clock.set(day('2026-03-23'));
    const next = await (await fx.login('supervisor')).post(`/api/tasks/${taskId}/reminders`, {});
    expect(next.statusCode).toBe(201);
    expect((await supervisionNotices(fx.t.ctx, taskId, 'supervision.reminder.manual')).rows.at(-1)!.body).toContain('催办');
  });

  it('refuses reminders from those who do not supervise, and on tasks not in progress', async () => {
    const liaison = await fx.login('liaison-east');
    const byLiaison = await liaison.post(`/api/tasks/${taskId}/reminders`, {});
    expect(byLiaison.statusCode).toBe(403);
    expect((await (await fx.login('leader')).post(`/api/tasks/${taskId}/reminders`, {})).statusCode).toBe(403);
    const s = await fx.login('supervisor');
    const draft = await draftTask(s, { title: '草稿任务', leadUnitId: fx.city.units.east, deadline: '2026-12-31' });
    const r = await s.post(`/api/tasks/${draft}/reminders`, {});
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('supervision.task_not_open');
    const done = await signedOffTask(s, liaison, { title: '已销号任务', leadUnitId: fx.city.units.east, deadline: '2026-12-31' });
    expect((await s.post(`/api/tasks/${done}/reminders`, {})).statusCode).toBe(409);
    expect((await s.post(`/api/tasks/${taskId}/reminders`, { message: 'x'.repeat(501) })).statusCode).toBe(400);
    expect((await s.post(`/api/tasks/999999/reminders`, {})).statusCode).toBe(404);
  });

  it('keeps a supervisor whose scope is one district away from the other district’s tasks', async () => {
    await fx.t.ctx.db.updateTable('roles').set({ data_scope: 'unitAndBelow' }).where('code', '=', 'supervisor').execute();
    const sys = systemActor('test');
    const roles = new Map((await securityService.roles(fx.t.ctx, sys)).map((r) => [r.code, r.id]));
    const u = await userService.create(fx.t.ctx, sys, {
      username: 'supervisor-west',
      displayName: '西城督办',
      unitId: fx.city.units.west,
      password: PASSWORD,
      phone: '13800139999',
    });
    await securityService.setGrants(fx.t.ctx, sys, u.id, [{ roleId: roles.get('supervisor')!, unitId: fx.city.units.west }]);
    const west = await fx.login('supervisor-west');
    expect((await west.post(`/api/tasks/${taskId}/reminders`, {})).statusCode).toBe(404);
    await fx.t.ctx.db.updateTable('roles').set({ data_scope: 'all' }).where('code', '=', 'supervisor').execute();
  });
});
