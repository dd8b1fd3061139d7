import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../test/support/db.ts';
import { withCityApp } from '../../../../test/support/city-app.ts';
import type { TestClient } from '../../../../test/support/http.ts';
import { systemActor } from '../../../platform/access/index.ts';
import { unitService } from '../../units/index.ts';
import { multipartBody, multipartHeaders, readXlsx, xlsx } from './test-kit.ts';

const header = ['序号', '任务内容', '具体措施', '牵头单位', '配合单位', '责任人', '完成时限', '类别', '重点任务'];
type Task = {
  id: number;
  number: string;
  title: string;
  status: string;
  version: number;
  leadUnit: { id: number } | null;
  supportingUnits: { id: number }[];
  owner: { name: string } | null;
  deadline: string | null;
  deadlinePhrase: string | null;
  category: string;
  key: boolean;
};

describe.each(dialects)('ledger Excel import on %s', (dialect) => {
  const s = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let eastOffice: number;

  beforeAll(async () => {
    const sys = systemActor('test');
    eastOffice = (await unitService.create(s.t.ctx, sys, { name: '党建办', kind: 'department', parentId: s.city.units.east })).id;
    await unitService.create(s.t.ctx, sys, { name: '党建办', kind: 'department', parentId: s.city.units.west });
    sup = await s.login('supervisor');
  });

  const upload = (c: TestClient, file: Buffer, fields: Record<string, string> = {}, headers: Record<string, string> = {}) =>
    c.request('POST', '/api/tasks/import', multipartBody(file, fields), { ...multipartHeaders, ...headers });
  const total = async () => (await sup.get('/api/tasks?pageSize=1')).json().total as number;
  const bySource = async (title: string): Promise<Task[]> => {
    const source = (await sup.get('/api/sources?pageSize=200')).json().items.find((s: { title: string }) => s.title === title);
    return source ? (await sup.get(`/api/tasks?sourceId=${source.id}&sort=number&pageSize=200`)).json().items : [];
  };

  const mixed = () =>
    xlsx([
      ['2026年组织工作任务分解表'],
      header,
      [1, '', '', '东城区'],
      [2, '推进社区网格化管理', '', '东城'],
      [3, '整顿软弱涣散基层党组织', '', '西城区', '', '', '明天吧'],
      [4, '党建办自查', '', '党建办'],
      [5, '建立问题清单', '逐村排查', '东城区/东华街道', '西城区、市委组织部', '王五', '6月底前', '问题清单', '是'],
      [],
      [6, '干部轮训', '', '西城区', '', '', new Date(Date.UTC(2026, 8, 30))],
    ]);

  it('offers a template with required columns marked and an instructions sheet', async () => {
    const res = await sup.get('/api/tasks/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = await readXlsx(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务分解表', '_lists', '填写说明']);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toContain('牵头单位（必填）');
    // Drop-downs reference ranges on the hidden sheet; 牵头单位 offers every unit by its import label.
    const lists = wb.getWorksheet('_lists')!;
    expect(lists.state).toBe('veryHidden');
    const lead = ws.getCell('D2').dataValidation;
    expect(lead.formulae?.[0]).toMatch(/^'_lists'!\$C\$1:\$C\$\d+$/);
    const units = lists.getColumn(3).values.filter(Boolean);
    expect(units).toContain('东城区');
    expect(units).toContain('东城区/党建办');
    expect(ws.getCell('H2').dataValidation.formulae?.[0]).toBe("'_lists'!$A$1:$A$3");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '1:1' });
    expect(ws.headerFooter.oddFooter).toContain('&N');
    expect(ws.getRow(2).height).toBeGreaterThan(0);
    const east = await s.login('liaison-east');
    expect((await east.get('/api/tasks/import-template.xlsx')).statusCode).toBe(403);
    expect((await upload(east, await mixed())).statusCode).toBe(403);
  });

  it('names every bad row with its row number, column and reason, and imports nothing', async () => {
    const before = await total();
    const res = await upload(sup, await mixed());
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ code: 'ledger.import_rejected', batchId: null, imported: 0, skipped: 4, message: '有 4 行有误，未导入任何任务' });
    expect(body.errors.slice(0, 3)).toEqual([
      { row: 3, column: 'B', field: '任务内容', message: '任务内容不能为空' },
      { row: 4, column: 'D', field: '牵头单位', message: '找不到单位“东城”' },
      { row: 5, column: 'G', field: '完成时限', message: '无法识别完成时限“明天吧”，请填写日期（如 2026-12-31）或“年底前”“6月底前”等' },
    ]);
    expect(body.errors[3]).toMatchObject({ row: 6, field: '牵头单位' });
    expect(body.errors[3].message).toMatch(/有 2 个单位名为“党建办”，请写出上级单位，如“(东城区|西城区)\/党建办”/);
    expect(await total()).toBe(before);
    const en = (await upload(sup, await mixed(), {}, { 'accept-language': 'en-US' })).json();
    expect(en.errors[1]).toEqual({ row: 4, column: 'D', field: 'Lead unit', message: 'No unit named "东城"' });
    expect((await upload(sup, await xlsx([['标题'], ['随便写点']]))).json().code).toBe('ledger.import_no_header');
    const broken = await upload(sup, Buffer.from('not a spreadsheet'));
    expect([broken.statusCode, broken.json().code]).toEqual([400, 'ledger.import_unreadable']);
  });

  it('imports the good rows with skipBadRows, as drafts of one batch under a new source', async () => {
    const res = await upload(sup, await mixed(), { skipBadRows: 'true', sourceTitle: '2026年组织工作要点' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ imported: 2, skipped: 4 });
    expect(res.json().errors).toHaveLength(4);
    const tasks = await bySource('2026年组织工作要点');
    expect(tasks.map((x) => x.title)).toEqual(['建立问题清单', '干部轮训']);
    expect(tasks[0]).toMatchObject({
      status: 'draft',
      leadUnit: { id: s.city.units.eastStreet },
      owner: { name: '王五' },
      deadline: '2026-06-30',
      deadlinePhrase: '6月底前',
      category: 'problem',
      key: true,
    });
    expect(tasks[0].supportingUnits.map((u) => u.id).sort()).toEqual([s.city.units.orgDept, s.city.units.west].sort());
    expect(tasks[1]).toMatchObject({ deadline: '2026-09-30', category: 'task', key: false });
    const batch = await s.t.ctx.db.selectFrom('import_batches').selectAll().where('id', '=', res.json().batchId).executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ rows: 2, file_name: 'table.xlsx', created_by: s.city.users.supervisor, undone_at: null });
    const audits = await s.t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where(
        'entity_id',
        'in',
        tasks.map((x) => String(x.id)),
      )
      .where('entity', '=', 'task')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['create', 'create']);
  });

  it('undoes only the actor’s last batch, and only while its tasks are drafts', async () => {
    const summary = async () => (await sup.get(`/api/tasks/summary?unitId=${s.city.units.city}`)).json().total.count as number;
    const countBefore = await total();
    const summaryBefore = await summary();
    const a = (await upload(sup, await xlsx([header, [1, '第一批任务', '', '东城区', '', '', '2026-05-31']]), { sourceTitle: '第一批' })).json();
    const b = (await upload(sup, await xlsx([header, [1, '第二批任务', '', '西城区', '东城区', '', '年底前']]))).json();
    expect(await total()).toBe(countBefore + 2);
    expect((await sup.post(`/api/imports/${a.batchId}/undo`)).json().code).toBe('ledger.import_not_last');
    const east = await s.login('liaison-east');
    expect((await east.post(`/api/imports/${b.batchId}/undo`)).statusCode).toBe(403);
    const undone = await sup.post(`/api/imports/${b.batchId}/undo`);
    expect([undone.statusCode, undone.json()]).toEqual([200, { batchId: b.batchId, removed: 1 }]);
    expect((await sup.post(`/api/imports/${b.batchId}/undo`)).json().code).toBe('ledger.import_already_undone');
    expect(await total()).toBe(countBefore + 1);

    const [task] = await bySource('第一批');
    expect((await sup.post('/api/tasks/dispatch', { ids: [task.id] })).statusCode).toBe(200);
    const refused = await sup.post(`/api/imports/${a.batchId}/undo`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('该批有 1 项任务已不是草稿，不能撤销：“第一批任务”（已下达）');
    expect(refused.json().params.ids).toEqual([task.id]);
    // Roll-up counters followed every insert and delete.
    expect(await summary()).toBe(summaryBefore + 1);
    expect(await summary()).toBe((await sup.get(`/api/tasks?unitId=${s.city.units.city}&pageSize=1`)).json().total);
  });

  it('reads its own export back to the same tasks', async () => {
    const u = s.city.units;
    const specs = [
      {
        title: '整顿软弱涣散基层党组织',
        number: '三要',
        measures: '逐村排查，建立问题清单',
        leadUnitId: u.east,
        supportingUnitIds: [u.west, u.orgDept],
        ownerName: '张三',
        deadline: '2026-12-31',
        category: 'problem',
        key: true,
      },
      {
        title: '党建办自查',
        leadUnitId: eastOffice,
        supportingUnitIds: [u.westStreet],
        deadline: null,
        deadlinePhrase: '长期坚持',
        category: 'responsibility',
      },
      { title: '社区换届', leadUnitId: u.eastCommunity, deadline: '2026-04-15', ownerName: '李四' },
    ];
    const ids: number[] = [];
    for (const spec of specs) ids.push((await sup.post('/api/tasks', spec)).json().id);
    await sup.post('/api/tasks/dispatch', { ids: [ids[0]] });
    const query = ids.map((id) => `ids=${id}`).join('&') + '&sort=id';
    const originals: Task[] = (await sup.get(`/api/tasks?${query}`)).json().items;
    const file = (await sup.get(`/api/tasks/export.xlsx?${query}&includeDrafts=true`)).rawPayload;
    const res = await upload(sup, file, { sourceTitle: '往返' });
    expect(res.statusCode).toBe(201);
    const copies = await bySource('往返');
    const essence = (x: Task) => ({
      title: x.title,
      lead: x.leadUnit?.id,
      supporting: x.supportingUnits.map((s) => s.id).sort(),
      owner: x.owner?.name ?? null,
      deadline: x.deadline,
      category: x.category,
      key: x.key,
    });
    const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
    expect(copies.map(essence).sort(byTitle)).toEqual(originals.map(essence).sort(byTitle));
    // 编号 and 具体措施 travel with the row (the export wrote both beside 序号 and 任务内容).
    const stored = await s.t.ctx.db
      .selectFrom('tasks')
      .select(['number', 'measures'])
      .where(
        'id',
        'in',
        copies.map((c) => c.id),
      )
      .execute();
    expect(stored).toContainEqual({ number: '三要', measures: '逐村排查，建立问题清单' });
    expect(copies.every((c) => c.status === 'draft')).toBe(true);
  });
});
