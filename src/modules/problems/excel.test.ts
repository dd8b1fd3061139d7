import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { closeMeasure, multipartBody, multipartHeaders, readXlsx, xlsx } from './testing.ts';

const head = ['序号', '问题来源', '问题描述', '问题类别', '严重程度', '责任单位', '发现日期', '整改时限', '整改措施'];
const good1 = [
  1,
  '市委第三巡察组反馈意见',
  '干部选任程序不规范',
  '选人用人',
  '严重',
  '东城区',
  '2026-02-20',
  '2026-05-31',
  '1. 建立干部选任纪实制度\n2. 开展专项培训',
];
const good2 = [2, '选人用人专项检查', '干部档案审核不严', '组织建设', '', '西城区', new Date(Date.UTC(2026, 1, 25)), '6月底前', '完善档案审核'];
const bad = [3, '市委第三巡察组反馈意见', '作风不实', '不存在的类别', '很严重', '南城区', '2026-13-01', '', ''];

/** Every sheet a person prints (not the hidden lists): A4, one page wide, header repeated, numbered pages, rows with heights. */
function printsWell(wb: Awaited<ReturnType<typeof readXlsx>>, firstDataRow: number) {
  const visible = wb.worksheets.filter((w) => w.state === 'visible');
  expect(visible.length).toBeGreaterThan(0);
  for (const sheet of visible) {
    expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.headerFooter.oddFooter, sheet.name).toMatch(/&P.*&N/);
    if (sheet.name === wb.worksheets[0].name) {
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe(`${firstDataRow - 1}:${firstDataRow - 1}`);
      for (let r = firstDataRow; r <= sheet.rowCount; r++) expect(sheet.getRow(r).height, `${sheet.name} row ${r}`).toBeGreaterThanOrEqual(20);
    }
  }
}

describe.each(dialects)('problem list in Excel on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  const upload = (c: TestClient, file: Buffer, fields: Record<string, string> = {}, headers: Record<string, string> = {}) =>
    c.request('POST', '/api/problems/import', multipartBody(file, fields), { ...multipartHeaders, ...headers });

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
  });

  it('serves a template whose header reads back as the import columns', async () => {
    const res = await sup.get('/api/problems/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = await readXlsx(res.rawPayload);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('问题清单');
    expect((ws.getRow(1).values as string[]).slice(1).map((h) => h.replace('（必填）', ''))).toEqual(head);
    // Pick lists sit on a hidden sheet, referenced by range: categories, severities, units by the label the import reads back.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['问题清单', '_lists', '填写说明']);
    printsWell(wb, 2);
    const lists = wb.getWorksheet('_lists')!;
    expect(lists.state).toBe('veryHidden');
    expect(ws.getCell('D2').dataValidation.formulae[0]).toMatch(/^'_lists'!\$A\$1:\$A\$\d+$/);
    expect(lists.getColumn(1).values).toContain('选人用人');
    expect(ws.getCell('E2').dataValidation.formulae[0]).toBe("'_lists'!$B$1:$B$3");
    expect(lists.getColumn(2).values.slice(1)).toEqual(['一般', '严重', '重大']);
    expect(ws.getCell('F2').dataValidation.formulae[0]).toMatch(/^'_lists'!\$C\$1:\$C\$\d+$/);
    expect(lists.getColumn(3).values).toContain('东城区');
    expect(ws.getCell('F2').dataValidation.showErrorMessage ?? false).toBe(false);
    expect((await east.get('/api/problems/import-template.xlsx')).statusCode).toBe(403);
  });

  it('reports every bad row with its number, column and reason, and imports nothing', async () => {
    const res = await upload(sup, await xlsx([head, good1, good2, bad]));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ code: 'problems.import_rejected', imported: 0, skipped: 1 });
    expect(body.errors.map((e: { row: number; field: string }) => `${e.row} ${e.field}`)).toEqual([
      '4 问题类别',
      '4 严重程度',
      '4 责任单位',
      '4 发现日期',
      '4 整改时限',
      '4 整改措施',
    ]);
    expect(body.errors.map((e: { message: string }) => e.message)).toEqual([
      '问题类别“不存在的类别”不在类别字典中',
      '严重程度“很严重”应为 一般、严重 或 重大',
      '找不到单位“南城区”',
      '无法识别的日期“2026-13-01”',
      '此项必填',
      '未填写整改措施',
    ]);
    expect(body.errors.find((e: { field: string }) => e.field === '责任单位').message).toBe('找不到单位“南城区”');
    expect((await sup.get('/api/problems')).json().total).toBe(0);
    const en = await upload(sup, await xlsx([head, bad]), {}, { 'accept-language': 'en-US' });
    expect(en.json().errors.find((e: { field: string }) => e.field === 'Responsible unit').message).toBe('No unit named “南城区”');
  });

  it('imports the good rows with skipBadRows, one measure per line led by the responsible unit', async () => {
    const res = await upload(sup, await xlsx([['东城区问题清单'], head, good1, bad, good2]), { skipBadRows: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ imported: 2, skipped: 1 });
    expect(res.json().errors.every((e: { row: number }) => e.row === 4)).toBe(true);
    const [a, b] = res.json().problemIds;
    const p = (await sup.get(`/api/problems/${a}`)).json();
    expect(p).toMatchObject({
      sourceKind: 'inspection',
      severity: 'serious',
      category: '选人用人',
      foundOn: '2026-02-20',
      deadline: '2026-05-31',
      status: 'open',
    });
    expect(
      p.measures.map((m: { title: string; leadUnit: { id: number }; deadline: string; status: string }) => [m.title, m.leadUnit.id, m.deadline, m.status]),
    ).toEqual([
      ['建立干部选任纪实制度', fx.city.units.east, '2026-05-31', 'draft'],
      ['开展专项培训', fx.city.units.east, '2026-05-31', 'draft'],
    ]);
    expect(p.warnings.map((w: { code: string }) => w.code)).toEqual(['problems.warn.measure_no_owner', 'problems.warn.measure_no_owner']);
    expect((await sup.get(`/api/problems/${b}`)).json()).toMatchObject({
      sourceKind: 'specialInspection',
      severity: 'general',
      foundOn: '2026-02-25',
      deadline: '2026-06-30',
    });
    expect((await upload(east, await xlsx([head, good1]))).statusCode).toBe(403);
  });

  it('exports the rectification ledger: merged title, columns, measures and progress, coloured light', async () => {
    const [first] = (await sup.get(`/api/problems?unitId=${fx.city.units.east}`)).json().items;
    expect((await sup.post(`/api/problems/${first.id}/dispatch`)).statusCode).toBe(200);
    const measures = (await sup.get(`/api/problems/${first.id}`)).json().measures;
    await closeMeasure(sup, east, measures[0].id);
    await east.post(`/api/tasks/${measures[1].id}/actions/acknowledge`, { version: (await east.get(`/api/tasks/${measures[1].id}`)).json().version });
    await east.post(`/api/tasks/${measures[1].id}/reports`, { text: '已举办培训一期', percent: 50 });
    fx.t.clock.set('2026-05-20T02:00:00.000Z');
    const s = await fx.login('supervisor');

    const res = await s.get(`/api/problems/export.xlsx?unitId=${fx.city.units.east}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('整改台账-2026-05-20.xlsx'));
    const ws = (await readXlsx(res.rawPayload)).worksheets[0];
    expect(ws.getCell('A1').value).toBe('东城区问题整改台账（截至2026年5月20日）');
    expect(ws.getCell('A1').isMerged && ws.getCell('J1').isMerged).toBe(true);
    expect((ws.getRow(2).values as string[]).slice(1)).toEqual([
      '序号',
      '问题来源',
      '问题描述',
      '问题类别',
      '责任单位',
      '整改措施',
      '整改时限',
      '整改进展',
      '整改状态',
      '亮灯',
    ]);
    const row = ws.getRow(3);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe('市委第三巡察组反馈意见');
    expect(row.getCell(5).value).toBe('东城区');
    expect(row.getCell(6).value).toBe('1. 建立干部选任纪实制度\n2. 开展专项培训');
    expect((row.getCell(7).value as Date).toISOString().slice(0, 10)).toBe('2026-05-31');
    expect(row.getCell(8).value).toBe('1. 已销号：已完成整改\n2. 推进中（50%）：已举办培训一期');
    expect(row.getCell(9).value).toBe('整改中');
    expect(row.getCell(10).value).toBe('黄灯');
    expect((row.getCell(10).fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FFFFD666');
    expect(ws.rowCount).toBe(3);
    printsWell(await readXlsx(res.rawPayload), 3);

    const en = await s.get('/api/problems/export.xlsx', { 'accept-language': 'en-US' });
    const all = (await readXlsx(en.rawPayload)).worksheets[0];
    expect(all.getCell('A1').value).toBe('Rectification ledger (as of 2026-05-20)');
    expect(all.rowCount).toBe(4);
    const eastOnly = (await readXlsx((await (await fx.login('liaison-west')).get('/api/problems/export.xlsx')).rawPayload)).worksheets[0];
    expect(eastOnly.rowCount).toBe(3); // 西城区 sees only its own problem
    expect(eastOnly.getCell('E3').value).toBe('西城区');
  });

  it('undoes only the importer’s last problem list, and only while its measures are drafts', async () => {
    // The clock moved on in the export test: fresh sessions.
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
    const total = async () => (await sup.get('/api/problems')).json().total as number;
    const before = await total();
    const a = await upload(sup, await xlsx([head, good1]));
    const b = await upload(sup, await xlsx([head, good2]));
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(typeof b.json().batchId).toBe('number');
    expect(await total()).toBe(before + 2);
    expect((await sup.post(`/api/problems/imports/${a.json().batchId}/undo`)).json().code).toBe('problems.import_not_last');
    expect((await east.post(`/api/problems/imports/${b.json().batchId}/undo`)).statusCode).toBe(403);
    // A problem list batch is not the ledger's to undo.
    expect((await sup.post(`/api/imports/${b.json().batchId}/undo`)).statusCode).toBe(404);
    const [problemB] = b.json().problemIds;
    const measuresB = (await sup.get(`/api/problems/${problemB}`)).json().measures.map((m: { id: number }) => m.id);
    const undone = await sup.post(`/api/problems/imports/${b.json().batchId}/undo`);
    expect([undone.statusCode, undone.json()]).toEqual([200, { batchId: b.json().batchId, removed: 1 }]);
    expect((await sup.get(`/api/problems/${problemB}`)).statusCode).toBe(404);
    for (const id of measuresB) expect((await sup.get(`/api/tasks/${id}`)).statusCode).toBe(404);
    expect(await total()).toBe(before + 1);
    expect((await sup.post(`/api/problems/imports/${b.json().batchId}/undo`)).json().code).toBe('problems.import_already_undone');

    const [problemA] = a.json().problemIds;
    expect((await sup.post(`/api/problems/${problemA}/dispatch`)).statusCode).toBe(200);
    const refused = await sup.post(`/api/problems/imports/${a.json().batchId}/undo`);
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'ledger.import_moved_on']);
    expect((await sup.get(`/api/problems/${problemA}`)).statusCode).toBe(200);
    const audits = await fx.t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'import_batch')
      .where('entity_id', '=', String(b.json().batchId))
      .orderBy('id')
      .execute();
    expect(audits.map((x) => x.action)).toEqual(['problem.import', 'problem.import.undo']);
  });
});
