// Issue #9: a 销号申请 is decided once, and the decision shows wherever the request shows (the
// report, the history); a closed task offers no 催办 or 督办单 and its pending reports close; the
// history says what was done.
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { aTask } from '../../../test/support/factories.ts';
import type { TestClient } from '../../../test/support/http.ts';

interface Report {
  id: number;
  kind: string;
  review: string;
  reviewComment: string | null;
  reviewerName: string | null;
}

describe.each(dialects)('one sign-off request, one decision, on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
  });

  const act = async (c: TestClient, id: number, action: string, body: Record<string, unknown> = {}) => {
    const version = (await c.get(`/api/tasks/${id}`)).json().version;
    return c.post(`/api/tasks/${id}/actions/${action}`, { version, ...body });
  };
  const requested = async (title: string) => {
    const id = await aTask(sup, { title, lead: fx.city.units.east, deadline: '2026-06-30', status: 'reported', liaison: east });
    const res = await act(east, id, 'requestSignOff', { text: '已全部完成' });
    expect(res.statusCode, res.body).toBe(200);
    return id;
  };
  const signOffReport = async (id: number): Promise<Report> => {
    const reports = (await sup.get(`/api/tasks/${id}/reports`)).json().items as Report[];
    return reports.find((r) => r.kind === 'signOffRequest')!;
  };

  it('销号 closes the request: the report shows it accepted and can be decided no more', async () => {
    const id = await requested('销号后不能再审核');
    const pending = await signOffReport(id);
    expect(pending.review).toBe('pending');
    // The request is decided on the task, not as a report beside it.
    const early = await sup.post(`/api/reports/${pending.id}/review`, { decision: 'accepted' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'ledger.report_is_sign_off_request', message: '销号申请请在任务上办理“销号”或“退回销号申请”' });

    expect((await act(sup, id, 'signOff')).statusCode).toBe(200);
    expect(await signOffReport(id)).toMatchObject({ id: pending.id, review: 'accepted', reviewerName: 'supervisor 用户' });

    const again = await sup.post(`/api/reports/${pending.id}/review`, { decision: 'returned', comment: '再退回一次' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ledger.report_already_reviewed', message: '该条进展已审核过' });
    const returned = await act(sup, id, 'returnSignOff', { reason: '再退回一次' });
    expect(returned.statusCode).toBe(409);
    expect(await signOffReport(id)).toMatchObject({ review: 'accepted' });
  });

  it('退回销号申请 closes it too, with the reason as the report’s comment', async () => {
    const id = await requested('退回后不能再审核');
    expect((await act(sup, id, 'returnSignOff', { reason: '佐证材料不全' })).statusCode).toBe(200);
    const report = await signOffReport(id);
    expect(report).toMatchObject({ review: 'returned', reviewComment: '佐证材料不全' });
    const again = await sup.post(`/api/reports/${report.id}/review`, { decision: 'accepted' }, { 'accept-language': 'en-US' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ledger.report_already_reviewed', message: 'This report was already reviewed' });

    // A new request is a new report, pending until its own decision.
    expect((await act(east, id, 'requestSignOff', { text: '已补充材料' })).statusCode).toBe(200);
    const reports = (await sup.get(`/api/tasks/${id}/reports`)).json().items as Report[];
    expect(reports.filter((r) => r.kind === 'signOffRequest').map((r) => r.review)).toEqual(['pending', 'returned']);

    // The history lists each request once, not as a 填报进展 besides.
    const history = (await sup.get(`/api/tasks/${id}/timeline`)).json().items.map((e: { action: string }) => e.action);
    expect(history).toEqual(['create', 'task.dispatch', 'task.acknowledge', 'task.report', 'task.requestSignOff', 'task.returnSignOff', 'task.requestSignOff']);
  });

  it('销号 and 撤销 close the pending progress reports: reviewed no more', async () => {
    const progressReport = async (id: number): Promise<Report> =>
      ((await sup.get(`/api/tasks/${id}/reports`)).json().items as Report[]).find((r) => r.kind === 'progress')!;
    const signed = await requested('销号时进展未审核');
    const pending = await progressReport(signed);
    expect(pending.review).toBe('pending');
    expect((await act(sup, signed, 'signOff')).statusCode).toBe(200);
    expect(await progressReport(signed)).toMatchObject({ id: pending.id, review: 'closed' });
    const late = await sup.post(`/api/reports/${pending.id}/review`, { decision: 'accepted' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'ledger.report_task_closed', message: '任务已销号或撤销，其进展不再审核' });
    // The sign-off request itself is decided by the sign-off, not closed.
    expect(await signOffReport(signed)).toMatchObject({ review: 'accepted' });

    const cancelled = await aTask(sup, { title: '撤销时进展未审核', lead: fx.city.units.east, deadline: '2026-06-30', status: 'reported', liaison: east });
    expect((await act(sup, cancelled, 'cancel', { reason: '任务调整' })).statusCode).toBe(200);
    const closed = await progressReport(cancelled);
    expect(closed.review).toBe('closed');
    const refused = await sup.post(`/api/reports/${closed.id}/review`, { decision: 'returned', comment: '请补充' }, { 'accept-language': 'en-US' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'ledger.report_task_closed',
      message: 'The task is signed off or cancelled: its reports are no longer reviewed',
    });

    // While the task is open a progress report is reviewed as before.
    const open = await aTask(sup, { title: '进行中审核进展', lead: fx.city.units.east, deadline: '2026-06-30', status: 'reported', liaison: east });
    expect((await sup.post(`/api/reports/${(await progressReport(open)).id}/review`, { decision: 'accepted' })).statusCode).toBe(204);
  });

  it('offers no 催办 or 督办单 on a signed-off task, and refuses them', async () => {
    const open = await aTask(sup, { title: '进行中的任务', lead: fx.city.units.east, deadline: '2026-06-30', status: 'reported', liaison: east });
    expect((await sup.get(`/api/tasks/${open}`)).json().actions).toEqual(expect.arrayContaining(['edit', 'remind', 'supervisionNotice']));

    const closed = await aTask(sup, { title: '已销号的任务', lead: fx.city.units.east, deadline: '2026-06-30', status: 'signedOff', liaison: east });
    const actions = (await sup.get(`/api/tasks/${closed}`)).json().actions as string[];
    expect(actions).not.toContain('remind');
    expect(actions).not.toContain('supervisionNotice');
    expect((await sup.post(`/api/tasks/${closed}/reminders`, { message: '请抓紧' })).statusCode).toBe(409);
    expect((await sup.post(`/api/tasks/${closed}/supervision-notices`, { requirements: '请抓紧' })).statusCode).toBe(409);
  });

  it('tells the history of 催办 and 督办单 with their text, and the receiving unit opens the notice', async () => {
    const id = await aTask(sup, { title: '督办记录', lead: fx.city.units.east, deadline: '2026-06-30', status: 'reported', liaison: east });
    expect((await sup.post(`/api/tasks/${id}/reminders`, { message: '请本周内报送进展' })).statusCode).toBe(201);
    const notice = await sup.post(`/api/tasks/${id}/supervision-notices`, { requirements: '请加快推进', dueBy: '2026-03-08' });
    expect(notice.statusCode, notice.body).toBe(201);

    const items = (await east.get(`/api/tasks/${id}/timeline`)).json().items;
    expect(items.find((e: { action: string }) => e.action === 'task.remind')).toMatchObject({
      actor: 'supervisor 用户',
      message: '请本周内报送进展',
      notice: null,
    });
    const entry = items.find((e: { action: string }) => e.action === 'task.supervisionNotice');
    expect(entry).toMatchObject({ message: '请加快推进', notice: { id: notice.json().id, number: notice.json().number, dueBy: '2026-03-08' } });
    const docx = await east.get(`/api/supervision-notices/${entry.notice.id}.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('officedocument');
  });

  it('names the zone date-times are shown in', async () => {
    expect((await sup.get('/api/me')).json().timeZone).toBe('Asia/Shanghai');
  });
});
