import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { aSource } from '../../../test/support/factories.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { multipartBody, multipartHeaders } from '../../../test/support/upload.ts';

const speech = `关于推进重点工作的通知
一、加强基层组织建设
一要持续整顿软弱涣散基层党组织，年底前完成。牵头单位：东城区；配合单位：西城区。
二要推进社区网格化管理，6月底前完成。
二、加强干部队伍建设
一要用三年左右的时间把优秀年轻干部轮训一遍。
二要改进中青年干部培训班办学方式。`;

describe.each(dialects)('ledger loop over HTTP on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  let west: TestClient;
  let taskId: number;

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    west = await fx.login('liaison-west');
  });

  it('parses a pasted document and publishes the reviewed outline in one go', async () => {
    const parsed = await sup.post('/api/sources/parse', { text: speech, refDate: '2026-03-01' });
    expect(parsed.statusCode).toBe(200);
    const outline = parsed.json();
    expect(outline.items.length).toBe(2);
    expect(outline.unitIds['东城区']).toBe(fx.city.units.east);
    const first = outline.items[0].children[0];
    expect(first.leads).toEqual(['东城区']);
    const toDraft = (i: {
      number: string;
      title: string;
      start: number;
      end: number;
      deadline: { date: string | null; phrase: string } | null;
      leads: string[];
      supporting: string[];
      children: unknown[];
    }): object => ({
      number: i.number,
      title: i.title,
      start: i.start,
      end: i.end,
      deadline: i.deadline?.date ?? null,
      deadlinePhrase: i.deadline?.phrase ?? null,
      leadUnitId: i.leads[0] ? outline.unitIds[i.leads[0]] : fx.city.units.east,
      supportingUnitIds: i.supporting.map((n: string) => outline.unitIds[n]),
      children: (i.children as (typeof i)[]).map(toDraft),
    });
    const res = await sup.post('/api/sources', {
      kind: 'speech',
      title: outline.title ?? '通知',
      text: outline.cleanedText,
      items: outline.items.map(toDraft),
    });
    expect(res.statusCode).toBe(201);
    const { taskIds } = res.json();
    expect(taskIds.length).toBe(6);
    const list = (await sup.get(`/api/tasks?sourceId=${res.json().id}&sort=number`)).json();
    expect(list.total).toBe(6);
    expect(list.items[0].status).toBe('draft');
    const child = list.items.find((i: { title: string }) => i.title.includes('软弱涣散'));
    expect(child.deadline).toBe('2026-12-31');
    expect(child.supportingUnits.map((u: { name: string }) => u.name)).toEqual(['西城区']);
    // A flat list names the section a numbered item sits in: 一、 beside its （一）.
    const parent = list.items.find((i: { id: number }) => i.id === child.parentId);
    expect(parent.number).not.toBe('');
    expect([child.parentNumber, parent.parentNumber]).toEqual([parent.number, null]);
    taskId = child.id;
  });

  it('runs the loop: dispatch, acknowledge, report with a file, return, report again, sign off', async () => {
    const dispatched = await sup.post(`/api/tasks/dispatch`, { ids: [taskId] });
    expect(dispatched.json()).toEqual({ dispatched: 1 });
    let task = (await east.get(`/api/tasks/${taskId}`)).json();
    expect(task.status).toBe('dispatched');
    expect(task.actions).toContain('acknowledge');
    expect((await east.get('/api/notifications?unread=true')).json().total).toBeGreaterThan(0);

    task = (await east.post(`/api/tasks/${taskId}/actions/acknowledge`, { version: task.version })).json();
    expect(task.status).toBe('acknowledged');

    const upload = await east.request('POST', '/api/files', multipartBody('整顿工作方案', {}, 'evidence.txt', 'text/plain'), multipartHeaders);
    expect(upload.statusCode).toBe(201);
    const fileId = upload.json().id;
    expect((await east.post(`/api/tasks/${taskId}/reports`, { text: '已完成排查摸底', percent: 40, fileIds: [fileId] })).statusCode).toBe(201);
    task = (await east.get(`/api/tasks/${taskId}`)).json();
    expect(task).toMatchObject({ status: 'inProgress', progress: 40, latestReport: '已完成排查摸底' });

    task = (await east.post(`/api/tasks/${taskId}/actions/requestSignOff`, { version: task.version, text: '已全部整顿完毕', fileIds: [fileId] })).json();
    expect(task.status).toBe('signOffRequested');
    task = (await sup.post(`/api/tasks/${taskId}/actions/returnSignOff`, { version: task.version, reason: '佐证材料不全' })).json();
    expect(task.status).toBe('returned');
    expect((await east.get('/api/my-work')).json().returned.count).toBe(1);

    expect((await east.post(`/api/tasks/${taskId}/reports`, { text: '补充佐证材料' })).statusCode).toBe(201);
    task = (await east.get(`/api/tasks/${taskId}`)).json();
    task = (await east.post(`/api/tasks/${taskId}/actions/requestSignOff`, { version: task.version })).json();
    task = (await sup.post(`/api/tasks/${taskId}/actions/signOff`, { version: task.version })).json();
    expect(task.status).toBe('signedOff');
    expect(task.light).toBeNull();

    const timeline = (await sup.get(`/api/tasks/${taskId}/timeline`)).json().items.map((e: { action: string }) => e.action);
    // Each sign-off request is one entry, not a 填报进展 and a request (issue #9).
    expect(timeline).toEqual([
      'create',
      'task.dispatch',
      'task.acknowledge',
      'task.report',
      'task.requestSignOff',
      'task.returnSignOff',
      'task.requestSignOff',
      'task.signOff',
    ]);
    const reports = (await east.get(`/api/tasks/${taskId}/reports`)).json().items;
    expect(reports[reports.length - 1].fileIds).toEqual([fileId]);
    expect(reports[reports.length - 1].files[0]).toMatchObject({ id: fileId, name: 'evidence.txt' });
    const download = await west.get(`/api/files/${fileId}`);
    expect(download.statusCode).toBe(200); // 西城区 supports this task
    expect(download.body).toBe('整顿工作方案');
  });

  it('keeps drafts inside the organization department until they are dispatched', async () => {
    const draft = (await sup.post('/api/tasks', { title: '内部草稿', leadUnitId: fx.city.units.east, deadline: '2026-10-31' })).json();
    expect((await east.get(`/api/tasks/${draft.id}`)).statusCode).toBe(404);
    expect((await east.get('/api/tasks?pageSize=200')).json().items.map((i: { id: number }) => i.id)).not.toContain(draft.id);
    const leader = await fx.login('leader');
    const summary = (await leader.get(`/api/tasks/summary?unitId=${fx.city.units.city}`)).json();
    expect(summary.byStatus.draft).toBeUndefined();
    expect((await leader.get(summary.total.list)).json().total).toBe(summary.total.count);
    expect((await sup.delete(`/api/tasks/${draft.id}?version=${draft.version}`)).statusCode).toBe(204);
  });

  it('names each task a batch dispatch refuses, and dispatches none', async () => {
    const draft = (await sup.post('/api/tasks', { title: '无时限任务', leadUnitId: fx.city.units.east })).json();
    const ok = (await sup.post('/api/tasks', { title: '有时限任务', leadUnitId: fx.city.units.east, deadline: '2026-09-30' })).json();
    const res = await sup.post('/api/tasks/dispatch', { ids: [ok.id, draft.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'body.ids.1', code: 'ledger.item_failed' })]);
    expect(res.json().errors[0].message).toContain('无时限任务');
    expect((await sup.get(`/api/tasks/${ok.id}`)).json().status).toBe('draft');
    for (const t of [draft, ok]) expect((await sup.delete(`/api/tasks/${t.id}?version=${t.version}`)).statusCode).toBe(204);
  });

  it('refuses what a role may not do, and hides what a unit may not see', async () => {
    const list = (await sup.get('/api/tasks?status=draft&sort=id')).json();
    const other = list.items.find((i: { title: string }) => i.title.includes('网格化'));
    expect((await sup.post('/api/tasks/dispatch', { ids: [other.id] })).statusCode).toBe(200);
    const v = (await sup.get(`/api/tasks/${other.id}`)).json().version;
    const byWest = await west.post(`/api/tasks/${other.id}/actions/acknowledge`, { version: v });
    expect(byWest.statusCode).toBe(404); // 西城区 neither leads nor supports it
    expect((await west.get(`/api/tasks/${other.id}`)).statusCode).toBe(404);
    expect((await west.get('/api/tasks?pageSize=200')).json().items.map((i: { id: number }) => i.id)).not.toContain(other.id);
    const bySup = await sup.post(`/api/tasks/${other.id}/actions/acknowledge`, { version: v });
    expect(bySup.statusCode).toBe(403);
    expect(bySup.json().code).toBe('task.forbidden');
    const signOff = await sup.post(`/api/tasks/${other.id}/actions/signOff`, { version: v });
    expect(signOff.statusCode).toBe(409);
    expect(signOff.json().code).toBe('task.invalid_transition');
    const leader = await fx.login('leader');
    expect((await leader.post(`/api/tasks/${other.id}/reports`, { text: 'x' })).statusCode).toBe(403);
  });

  it('lets one of two stale writes win and answers the other with 409', async () => {
    const task = (await sup.get('/api/tasks?status=draft&sort=id')).json().items[0];
    const a = await sup.patch(`/api/tasks/${task.id}`, { version: task.version, title: '第一人修改' });
    const b = await sup.patch(`/api/tasks/${task.id}`, { version: task.version, title: '第二人修改' });
    expect([a.statusCode, b.statusCode]).toEqual([200, 409]);
    expect(b.json().message).toContain('supervisor');
    expect((await sup.get(`/api/tasks/${task.id}`)).json().title).toBe('第一人修改');
  });

  it('counts in summaries what the linked lists show', async () => {
    const summary = (await sup.get(`/api/tasks/summary?unitId=${fx.city.units.city}`)).json();
    for (const fig of [summary.total, ...Object.values(summary.byStatus), ...Object.values(summary.byLight)] as { count: number; list: string }[]) {
      const list = (await sup.get(fig.list)).json();
      expect(list.total).toBe(fig.count);
    }
    const eastSummary = (await east.get(`/api/tasks/summary?unitId=${fx.city.units.east}`)).json();
    expect((await east.get(eastSummary.total.list)).json().total).toBe(eastSummary.total.count);
  });

  it('turns lights yellow and red as days pass, and filters and totals follow', async () => {
    // Months pass: the idle session ends, so each look logs in afresh.
    const list = async (q: string) => (await (await fx.login('supervisor')).get(`/api/tasks?unitId=${fx.city.units.city}&${q}`)).json();
    const greenBefore = (await list('light=green')).total;
    fx.t.clock.set('2026-06-25T02:00:00.000Z'); // 6月底前 is 5 days away: yellow
    const yellow = await list('light=yellow');
    expect(yellow.items.every((i: { light: string }) => i.light === 'yellow')).toBe(true);
    expect(yellow.total).toBe(yellow.items.length);
    expect(yellow.total).toBeGreaterThan(0);
    const why = (await (await fx.login('supervisor')).get(`/api/tasks/${yellow.items[0].id}`)).json();
    expect(why.lightReasons).toContain('deadlineNear');
    fx.t.clock.set('2026-07-02T02:00:00.000Z');
    const red = await list('light=red');
    expect(red.total).toBeGreaterThan(0);
    expect(red.items[0].light).toBe('red');
    expect((await list('light=green')).total).toBeLessThan(greenBefore);
    fx.t.clock.set('2026-03-01T02:00:00.000Z');
  });
});

describe.each(dialects)('roll-up counters on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });

  it('equal a recount from the tasks after publishing, steps and a unit move', async () => {
    const sup = await fx.login('supervisor');
    const items = [
      { title: '甲', leadUnitId: fx.city.units.eastCommunity, supportingUnitIds: [fx.city.units.west, fx.city.units.westStreet], deadline: '2026-06-30' },
      { title: '乙', leadUnitId: fx.city.units.eastStreet, deadline: '2026-03-05' },
      { title: '丙', leadUnitId: fx.city.units.westStreet, deadline: '2026-12-31' },
    ];
    const { taskIds } = await aSource(sup, { title: '测试', text: null, items, dispatch: true });
    expect(taskIds).toHaveLength(3);
    const snapshot = async () => [
      ...(
        await fx.t.ctx.db
          .selectFrom('ledger_rollups')
          .selectAll()
          .where('count', '!=', 0)
          .orderBy(['unit_id', 'part', 'status', 'yellow_from', 'red_from'])
          .execute()
      ).map((r) => `${r.unit_id}|${r.part}|${r.status}|${r.yellow_from}|${r.red_from}|${r.count}`),
      ...(await fx.t.ctx.db.selectFrom('ledger_counts').selectAll().where('count', '!=', 0).orderBy(['unit_id', 'part', 'status']).execute()).map(
        (r) => `total ${r.unit_id}|${r.part}|${r.status}|${r.count}`,
      ),
      ...(await fx.t.ctx.db.selectFrom('ledger_day_counts').selectAll().where('count', '!=', 0).orderBy(['unit_id', 'kind', 'day']).execute()).map(
        (r) => `day ${r.unit_id}|${r.kind}|${r.day}|${r.count}`,
      ),
      ...(
        await fx.t.ctx.db
          .selectFrom('ledger_source_counts')
          .selectAll()
          .where('count', '!=', 0)
          .orderBy(['unit_id', 'source_id', 'status', 'red_from'])
          .execute()
      ).map((r) => `source ${r.unit_id}|${r.source_id}|${r.status}|${r.red_from}|${r.count}`),
    ];
    const recount = async () => {
      const kept = await snapshot();
      const { rebuildRollups } = await import('./repo/rollups.ts');
      await rebuildRollups(fx.t.ctx.db);
      return { kept, recounted: await snapshot() };
    };
    let r = await recount();
    expect(r.kept).toEqual(r.recounted);
    expect(r.kept.some((k) => k.startsWith(`${fx.city.units.city}|lead|dispatched`))).toBe(true);
    // The city's row counts each task once even though 甲 has two supporting units under 西城区.
    expect(r.kept).toContain(`total ${fx.city.units.city}|lead|dispatched|3`);
    expect(r.kept).toContain(`day ${fx.city.units.city}|dispatched|2026-03-01|3`);
    expect(r.kept.filter((k) => k.startsWith(`source ${fx.city.units.city}|`))).toHaveLength(3); // three deadlines, three red thresholds
    const citySupporting = r.kept.filter((k) => k.startsWith(`${fx.city.units.city}|supporting|`)).reduce((n, k) => n + Number(k.split('|')[5]), 0);
    expect(citySupporting).toBe(1);

    const admin = await fx.login('admin');
    const street = (await admin.get(`/api/units/${fx.city.units.eastStreet}`)).json();
    expect((await admin.patch(`/api/units/${street.id}`, { version: street.version, parentId: fx.city.units.west })).statusCode).toBe(200);
    const moved = await snapshot();
    r = await recount();
    expect(moved).toEqual(r.recounted);
    const westTotal = (await sup.get(`/api/tasks?unitId=${fx.city.units.west}&status=dispatched`)).json();
    expect(westTotal.total).toBe(3); // 甲 and 乙 now lie under 西城区, with 丙
    expect(westTotal.items).toHaveLength(3);

    // A whole loop to sign-off keeps the day counters (dispatched, signed off, on time) exact too.
    const west = await fx.login('liaison-west');
    const id = taskIds[2];
    const v = async () => (await sup.get(`/api/tasks/${id}`)).json().version;
    await west.post(`/api/tasks/${id}/actions/acknowledge`, { version: await v() });
    await west.post(`/api/tasks/${id}/reports`, { text: '已完成' });
    await west.post(`/api/tasks/${id}/actions/requestSignOff`, { version: await v() });
    expect((await sup.post(`/api/tasks/${id}/actions/signOff`, { version: await v() })).json().status).toBe('signedOff');
    const signed = await snapshot();
    r = await recount();
    expect(signed).toEqual(r.recounted);
    expect(signed).toContain(`day ${fx.city.units.city}|signedOffOnTime|2026-03-01|1`);
  });
});
