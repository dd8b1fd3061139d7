import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp, withDemoApp } from '../../../test/support/city-app.ts';
import { TestClient, type TestClient as Client } from '../../../test/support/http.ts';
import { aTask } from '../../../test/support/factories.ts';

interface Item {
  key: string;
  count: number;
  link: string;
  severity: string;
  note: string | null;
}

async function toDo(c: Client): Promise<Item[]> {
  const res = await c.get('/api/me/todo');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

const byKey = (items: Item[]) => Object.fromEntries(items.map((i) => [i.key, i]));

/** The list a to-do line opens, read through its API: the ledger's /ledger?… is GET /api/tasks?…, the users page's GET /api/users?…. */
async function listTotal(c: Client, link: string): Promise<number> {
  const [path, qs = ''] = link.split('?');
  const api = path === '/ledger' ? '/api/tasks' : path === '/admin/users' ? '/api/users' : path === '/party-orgs/renewals' ? '/api/party-orgs/renewals' : null;
  if (!api) throw new Error(`no list API for ${link}`);
  const res = await c.get(`${api}?${qs}${qs ? '&' : ''}pageSize=1`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().total;
}

async function expectCountsMatchLists(c: Client, items: Item[]) {
  for (const i of items.filter((x) => x.link !== '/look-backs')) expect(await listTotal(c, i.link), i.key).toBe(i.count);
}

describe.each(dialects)('the to-do home page over the demo ledger on %s', (dialect) => {
  const fx = withDemoApp(dialect, { now: '2026-11-20T02:00:00.000Z' });
  let sup: Client;
  beforeAll(async () => {
    sup = await fx.login('supervisor');
  });

  it('gives the supervisor its queues, each count that of the list it opens', async () => {
    const items = await toDo(sup);
    expect(items.map((i) => i.key)).toEqual([
      'ledger.toReview',
      'ledger.signOffRequests',
      'ledger.extensionRequests',
      'ledger.red',
      'supervision.lookBacksDue',
      'partyOrgs.renewalsOverdue',
    ]);
    const k = byKey(items);
    expect(k['ledger.red'].count).toBeGreaterThan(0);
    expect(k['ledger.red'].link).toBe('/ledger?light=red');
    expect(k['ledger.toReview'].link).toBe('/ledger?pendingReview=true');
    await expectCountsMatchLists(sup, items);
  });

  it("counts a district liaison's queues in its district only", async () => {
    const east = await fx.login('liaison');
    const items = await toDo(east);
    expect(items.map((i) => i.key)).toEqual([
      'ledger.toAcknowledge',
      'ledger.reportsDue',
      'ledger.returned',
      'supervision.noticesReceived',
      'supervision.lookBacksToAnswer',
    ]);
    await expectCountsMatchLists(east, items);
    const eastId = (await east.get('/api/me')).json().user.unitId;
    const k = byKey(items);
    expect(k['ledger.reportsDue'].link).toContain(`unitId=${eastId}`);
    // The city's supervisor counts the same queue over every unit: the district's is a part of it.
    const [, qs] = k['ledger.reportsDue'].link.split('?');
    const cityWide = await listTotal(sup, `/ledger?${new URLSearchParams([...new URLSearchParams(qs)].filter(([key]) => key !== 'unitId')).toString()}`);
    expect(k['ledger.reportsDue'].count).toBeLessThan(cityWide);
    expect(k['ledger.reportsDue'].count).toBe(await listTotal(sup, k['ledger.reportsDue'].link));
  });

  it("shows the leader its scope's red and yellow items", async () => {
    const leader = await fx.login('leader');
    const items = await toDo(leader);
    expect(items.map((i) => i.key)).toEqual(['ledger.awaitingComment', 'ledger.red', 'ledger.yellow']);
    expect(byKey(items)['ledger.red'].severity).toBe('danger');
    await expectCountsMatchLists(leader, items);
  });

  it('counts for the leader the red tasks awaiting its 批示: its 批示 takes one off the line', async () => {
    const leader = await fx.login('leader');
    const line = byKey(await toDo(leader))['ledger.awaitingComment'];
    expect(line.link).toBe('/ledger?light=red&uninstructed=true');
    expect(line.count).toBeGreaterThan(0);
    expect(line.count).toBeLessThanOrEqual(byKey(await toDo(leader))['ledger.red'].count);
    const first = (await leader.get('/api/tasks?light=red&uninstructed=true&pageSize=1')).json().items[0];
    const wrote = await leader.post(`/api/tasks/${first.id}/instructions`, { text: '请抓紧整改，按期办结。' });
    expect(wrote.statusCode, wrote.body).toBe(201);
    const after = byKey(await toDo(leader))['ledger.awaitingComment'];
    expect(after.count).toBe(line.count - 1);
    await expectCountsMatchLists(leader, [after]);
    const commented = (await leader.get('/api/tasks?light=red&uninstructed=false&pageSize=200')).json().items.map((t: { id: number }) => t.id);
    expect(commented).toContain(first.id);
  });

  it('gives each administrator its own queue and no business queue', async () => {
    const admin = await toDo(await fx.login('admin'));
    expect(admin.map((i) => i.key)).toEqual(['units.withoutLiaison', 'users.disabled']);
    const secadmin = await fx.login('secadmin');
    expect((await toDo(secadmin)).map((i) => i.key)).toEqual(['users.locked']);
    expect((await toDo(await fx.login('auditor'))).map((i) => i.key)).toEqual(['auditLog.failedLoginsToday']);
  });
});

describe.each(dialects)('to-do counts as the loop moves on %s', (dialect) => {
  const fx = withCityApp(dialect);
  let sup: Client;
  let east: Client;
  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
  });

  const count = async (c: Client, key: string) => byKey(await toDo(c))[key]?.count;

  it('tells the supervisor of each progress report and counts it 待审核 until it is reviewed', async () => {
    const before = await count(sup, 'ledger.toReview');
    const id = await aTask(sup, { lead: fx.city.units.east, deadline: '2027-06-30', status: 'reported', liaison: east, report: '第一次进展' });
    const notes = (await sup.get('/api/notifications?pageSize=50')).json().items;
    expect(notes.filter((n: { kind: string; taskId: number }) => n.taskId === id).map((n: { kind: string }) => n.kind)).toEqual([
      'task.progressReported',
      'task.acknowledged',
    ]);
    expect(await count(sup, 'ledger.toReview')).toBe(before + 1);
    const toReview = (await sup.get('/api/tasks?pendingReview=true&pageSize=200')).json();
    expect(toReview.items.map((t: { id: number }) => t.id)).toContain(id);
    expect((await sup.get('/api/tasks?pendingReview=false&pageSize=200')).json().items.map((t: { id: number }) => t.id)).not.toContain(id);

    const report = (await sup.get(`/api/tasks/${id}/reports`)).json().items[0];
    expect((await sup.post(`/api/reports/${report.id}/review`, { decision: 'accepted' })).statusCode).toBe(204);
    expect(await count(sup, 'ledger.toReview')).toBe(before);
  });

  it('announces a final report once, as the sign-off request, which is no report to review', async () => {
    const id = await aTask(sup, { lead: fx.city.units.east, deadline: '2027-06-30', status: 'reported', liaison: east });
    const version = (await east.get(`/api/tasks/${id}`)).json().version;
    const before = await count(sup, 'ledger.signOffRequests');
    expect((await east.post(`/api/tasks/${id}/actions/requestSignOff`, { version, text: '全部完成' })).statusCode).toBe(200);
    const kinds = (await sup.get('/api/notifications?pageSize=50'))
      .json()
      .items.filter((n: { taskId: number }) => n.taskId === id)
      .map((n: { kind: string }) => n.kind);
    expect(kinds).toEqual(['task.signOffRequested', 'task.progressReported', 'task.acknowledged']);
    expect(await count(sup, 'ledger.signOffRequests')).toBe(before + 1);
  });

  it("gives the returned queue the reason of the latest return, and counts a district's 督办单", async () => {
    const id = await aTask(sup, { lead: fx.city.units.east, deadline: '2027-06-30', status: 'reported', liaison: east, title: '退回测试任务' });
    let v = (await east.get(`/api/tasks/${id}`)).json().version;
    v = (await east.post(`/api/tasks/${id}/actions/requestSignOff`, { version: v, text: '完成' })).json().version;
    expect((await sup.post(`/api/tasks/${id}/actions/returnSignOff`, { version: v, reason: '佐证材料不全' })).statusCode).toBe(200);
    const returned = byKey(await toDo(east))['ledger.returned'];
    expect(returned.count).toBe(1);
    expect(returned.note).toBe('退回测试任务 — 佐证材料不全');

    const west = await fx.login('liaison-west');
    const noticed = async (c: Client) => byKey(await toDo(c))['supervision.noticesReceived'];
    expect((await noticed(east)).count).toBe(0);
    expect(await listTotal(east, (await noticed(east)).link)).toBe(0);
    const res = await sup.post(`/api/tasks/${id}/supervision-notices`, { requirements: '限期补齐佐证材料', dueBy: '2027-01-31' });
    expect(res.statusCode, res.body).toBe(201);
    expect((await noticed(east)).count).toBe(1);
    expect(await listTotal(east, (await noticed(east)).link)).toBe(1);
    expect((await noticed(west)).count).toBe(0);
  });

  it('counts accounts locked now for the secAdmin, as the users list does', async () => {
    const sec = await fx.login('secadmin');
    expect(await count(sec, 'users.locked')).toBe(0);
    const guesser = new TestClient(fx.app);
    for (let i = 0; i < 20 && (await listTotal(sec, '/admin/users?locked=true')) === 0; i++) await guesser.login('liaison-west', 'wrong-password');
    const locked = byKey(await toDo(sec))['users.locked'];
    expect(locked.count).toBe(1);
    expect(await listTotal(sec, locked.link)).toBe(1);
  });
});
