import { describe, expect, it } from 'vitest';
import { dialects } from '../support/db.ts';
import { withCityApp } from '../support/city-app.ts';
import { PASSWORD } from '../support/city.ts';
import { loggedIn, type TestClient } from '../support/http.ts';
import { uploadEvidence } from '../../src/modules/problems/testing.ts';

// Issue #10, finding 1: an attachment may reference only files its author may read; the report
// list shows names and sizes of files the viewer may read, only.
describe.each(dialects)('evidence files cannot be read by attaching their ids on %s (issue 10.1)', (dialect) => {
  const s = withCityApp(dialect);

  async function dispatchedTask(sup: TestClient, title: string, leadUnitId: number) {
    const res = await sup.post('/api/sources', { kind: 'speech', title, text: title, items: [{ title, leadUnitId, deadline: '2026-12-31' }], dispatch: true });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().taskIds[0] as number;
  }
  async function acknowledged(c: TestClient, taskId: number) {
    const task = (await c.get(`/api/tasks/${taskId}`)).json();
    expect((await c.post(`/api/tasks/${taskId}/actions/acknowledge`, { version: task.version })).statusCode).toBe(200);
  }

  it('refuses another district’s evidence, an unattached upload and acceptance evidence, and still hides them', async () => {
    const sup = await loggedIn(s.app, 'supervisor', PASSWORD);
    const east = await loggedIn(s.app, 'liaison-east', PASSWORD);
    const west = await loggedIn(s.app, 'liaison-west', PASSWORD);
    const eastTask = await dispatchedTask(sup, '东城的任务', s.city.units.east);
    const westTask = await dispatchedTask(sup, '西城的任务', s.city.units.west);
    await acknowledged(east, eastTask);
    await acknowledged(west, westTask);

    const westEvidence = await uploadEvidence(west, '西城佐证.txt', '西城区的佐证材料');
    expect((await west.post(`/api/tasks/${westTask}/reports`, { text: '西城进展', percent: 10, fileIds: [westEvidence] })).statusCode).toBe(201);
    const unattached = await uploadEvidence(sup, '未引用.txt', '督办人员上传未引用');
    const westUpload = await uploadEvidence(west, '西城未引用.txt', '西城未引用的上传');
    const own = await uploadEvidence(east, '东城佐证.txt', '东城区的佐证材料');

    for (const id of [westEvidence, unattached, westUpload]) expect((await east.get(`/api/files/${id}`)).statusCode).toBe(404);
    const reportsBefore =
      (await east.get(`/api/tasks/${eastTask}/reports`)).json().items?.length ?? (await east.get(`/api/tasks/${eastTask}/reports`)).json().length;

    const stolen = await east.post(`/api/tasks/${eastTask}/reports`, { text: '顺便引用', percent: 20, fileIds: [own, westEvidence, unattached, westUpload] });
    expect(stolen.statusCode, stolen.body).toBe(400);
    expect(stolen.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['body.fileIds.1', 'files.not_attachable'],
      ['body.fileIds.2', 'files.not_attachable'],
      ['body.fileIds.3', 'files.not_attachable'],
    ]);
    for (const id of [westEvidence, unattached, westUpload]) expect((await east.get(`/api/files/${id}`)).statusCode).toBe(404);
    const after = (await east.get(`/api/tasks/${eastTask}/reports`)).json();
    expect(after.items?.length ?? after.length).toBe(reportsBefore);

    // Its own upload goes through, and whoever sees the task may read it.
    expect((await east.post(`/api/tasks/${eastTask}/reports`, { text: '东城进展', percent: 20, fileIds: [own] })).statusCode).toBe(201);
    expect((await east.get(`/api/files/${own}`)).statusCode).toBe(200);
    expect((await (await loggedIn(s.app, 'leader', PASSWORD)).get(`/api/files/${own}`)).statusCode).toBe(200);
    expect((await west.get(`/api/files/${own}`)).statusCode).toBe(404);
    // A supervisor sees the west report's file and may attach it elsewhere; west's unattached upload it may not.
    expect((await sup.get(`/api/files/${westEvidence}`)).statusCode).toBe(200);

    // Acceptance evidence of a problem follows the same rule.
    const problem = await sup.post('/api/problems', {
      sourceKind: 'inspection',
      sourceTitle: '巡察反馈',
      finding: '问题',
      category: '选人用人',
      unitId: s.city.units.east,
      deadline: '2026-12-01',
    });
    expect(problem.statusCode, problem.body).toBe(201);
    const refused = await sup.post(`/api/problems/${problem.json().id}/accept`, { comment: '同意', fileIds: [westUpload] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'body.fileIds.0', code: 'files.not_attachable' });
    // The supervisor's own upload passes the file check (the problem is not awaiting acceptance yet: 409).
    expect((await sup.post(`/api/problems/${problem.json().id}/accept`, { comment: '同意', fileIds: [unattached] })).statusCode).toBe(409);

    // A source may not carry someone else's file either.
    const source = await sup.post('/api/sources', { kind: 'speech', title: '带附件', text: 'x', fileId: westUpload, items: [] });
    expect(source.statusCode).toBe(400);
    expect(source.json().errors[0]).toMatchObject({ field: 'body.fileId', code: 'files.not_attachable' });
  });

  it('a reference written before the check grants nothing, and the report list leaves it out', async () => {
    const sup = await loggedIn(s.app, 'supervisor', PASSWORD);
    const east = await loggedIn(s.app, 'liaison-east', PASSWORD);
    const west = await loggedIn(s.app, 'liaison-west', PASSWORD);
    const eastTask = await dispatchedTask(sup, '东城旧任务', s.city.units.east);
    const secret = await uploadEvidence(west, '西城机密.txt', '西城区的另一份材料');
    // As an attack on an older version left it: east's report naming west's file.
    await s.t.ctx.db
      .insertInto('progress_reports')
      .values({
        task_id: eastTask,
        unit_id: s.city.units.east,
        author_id: s.city.users['liaison-east'],
        kind: 'progress',
        text: '旧数据',
        percent: null,
        milestone: null,
        file_ids: JSON.stringify([secret]),
        created_at: s.t.clock.now().toISOString(),
      })
      .execute();
    expect((await east.get(`/api/files/${secret}`)).statusCode).toBe(404);
    const list = await east.get(`/api/tasks/${eastTask}/reports`);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('西城机密');
    expect(list.body).not.toContain(`"id":${secret}`);
  });
});
