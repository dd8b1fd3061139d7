import { beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { dialects } from '../../../../test/support/db.ts';
import { withCityApp } from '../../../../test/support/city-app.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { systemActor } from '../../../platform/access/index.ts';
import { unitService } from '../../units/index.ts';
import { readXlsx } from './test-kit.ts';
import { exportService } from './export.ts';

type Item = { id: number; title: string };

describe.each(dialects)('ledger Excel export on %s', (dialect) => {
  const s = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;

  beforeAll(async () => {
    const sys = systemActor('test');
    // Two units share a name: the ledger must write the one it means as a path.
    const eastOffice = (await unitService.create(s.t.ctx, sys, { name: '党建办', kind: 'department', parentId: s.city.units.east })).id;
    await unitService.create(s.t.ctx, sys, { name: '党建办', kind: 'department', parentId: s.city.units.west });
    const u = s.city.units;
    sup = await s.login('supervisor');
    const specs = [
      {
        title: '整顿软弱涣散基层党组织',
        number: '1.1',
        measures: '逐村排查，建立问题清单',
        leadUnitId: u.east,
        supportingUnitIds: [u.west, u.orgDept],
        ownerName: '张三',
        deadline: '2026-03-05',
        category: 'problem',
        key: true,
      },
      { title: '推进社区网格化管理', leadUnitId: u.eastStreet, deadline: '2026-03-15' },
      {
        title: '优秀年轻干部轮训',
        leadUnitId: u.west,
        supportingUnitIds: [eastOffice],
        ownerName: '李四',
        deadline: '2026-12-31',
        category: 'responsibility',
        key: true,
      },
      { title: '党建办自查', leadUnitId: eastOffice, deadline: null, deadlinePhrase: '长期坚持' },
      { title: '西关街道换届', leadUnitId: u.westStreet, deadline: '2026-06-30' },
    ];
    const ids: number[] = [];
    for (const spec of specs) ids.push((await sup.post('/api/tasks', spec)).json().id);
    expect((await sup.post('/api/tasks/dispatch', { ids: ids.slice(0, 3) })).statusCode).toBe(200);
    s.t.clock.set('2026-03-10T02:00:00.000Z'); // the first is overdue (red), the second due in 5 days (yellow)
    sup = await s.login('supervisor');
    east = await s.login('liaison-east');
  });

  const sheetOf = async (res: { rawPayload: Buffer }) => (await readXlsx(res.rawPayload)).worksheets[0];
  // Title, 填报单位 line, header: rows start at 4; 任务内容 is column 4.
  const column = (ws: ExcelJS.Worksheet, n: number) => Array.from({ length: ws.rowCount - 3 }, (_, i) => ws.getRow(i + 4).getCell(n).value);
  const rowOf = (ws: ExcelJS.Worksheet, title: string) => ws.getRow(4 + column(ws, 4).indexOf(title));
  const shown = (items: (Item & { status: string })[]) => items.filter((i) => i.status !== 'draft');

  it('writes the list as the ledger: merged title, headers, frozen header, widths, borders, lights', async () => {
    const query = `unitId=${s.city.units.city}&involvement=any`;
    const list = (await sup.get(`/api/tasks?${query}&pageSize=200`)).json();
    const res = await sup.get(`/api/tasks/export.xlsx?${query}&includeDrafts=true`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('台账-2026-03-10.xlsx')}`);
    const ws = await sheetOf(res);
    expect(ws.getCell('A1').value).toBe('X市重点任务推进台账（截至2026年3月10日）');
    expect((ws.model as { merges: string[] }).merges).toEqual(expect.arrayContaining(['A1:O1', 'A2:O2']));
    expect(ws.getCell('A2').value).toBe('填报单位：市委组织部　　　　填报日期：2026年3月10日');
    expect(ws.getRow(3).values).toEqual([
      undefined,
      '序号',
      '编号',
      '来源',
      '任务内容',
      '具体措施',
      '牵头单位',
      '配合单位',
      '责任人',
      '完成时限',
      '进展情况',
      '状态',
      '亮灯',
      '类别',
      '重点任务',
      '备注',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.getColumn(4).width).toBe(40);
    expect(column(ws, 4)).toEqual(list.items.map((i: Item) => i.title));
    expect(column(ws, 1)).toEqual(list.items.map((_: Item, i: number) => i + 1));

    const red = rowOf(ws, '整顿软弱涣散基层党组织');
    expect(red.getCell(12).value).toBe('红灯');
    expect(red.getCell(12).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFF4D4F' } });
    expect(red.getCell(11).value).toBe('已下达');
    expect(red.getCell(6).value).toBe('东城区');
    expect([red.getCell(2).value, red.getCell(5).value, red.getCell(15).value]).toEqual(['1.1', '逐村排查，建立问题清单', null]);
    expect(red.getCell(15).border.top?.style).toBe('thin');
    // Prints on A4, one page wide, the header repeated, numbered pages; every row has a height.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(ws.headerFooter.oddFooter).toContain('&P');
    for (let r = 4; r <= ws.rowCount; r++) expect(ws.getRow(r).height, `row ${r}`).toBeGreaterThanOrEqual(20);
    expect(String(red.getCell(7).value).split('、').sort()).toEqual(['市委组织部', '西城区'].sort());
    expect(red.getCell(8).value).toBe('张三');
    expect(red.getCell(9).value).toEqual(new Date('2026-03-05T00:00:00Z'));
    expect([red.getCell(13).value, red.getCell(14).value]).toEqual(['问题清单', '是']);
    expect(red.getCell(4).border.top?.style).toBe('thin');
    expect(red.getCell(4).alignment.wrapText).toBe(true);
    const yellow = rowOf(ws, '推进社区网格化管理');
    expect([yellow.getCell(12).value, yellow.getCell(11).value]).toEqual(['黄灯', '已下达']);
    expect(yellow.getCell(12).fill).toMatchObject({ fgColor: { argb: 'FFFFD666' } });
    expect(rowOf(ws, '优秀年轻干部轮训').getCell(12).value).toBe('绿灯');
    expect(rowOf(ws, '优秀年轻干部轮训').getCell(7).value).toBe('东城区/党建办');
    const ongoing = rowOf(ws, '党建办自查');
    expect([ongoing.getCell(6).value, ongoing.getCell(9).value, ongoing.getCell(11).value, ongoing.getCell(12).value]).toEqual([
      '东城区/党建办',
      '长期坚持',
      '草稿',
      null,
    ]);

    const audits = await s.t.ctx.db.selectFrom('audit_log').select(['after', 'actor_name']).where('action', '=', 'task.export').orderBy('id', 'desc').execute();
    expect(audits[0].actor_name).toBe('supervisor');
    expect(JSON.parse(audits[0].after!)).toMatchObject({ rows: list.total, filters: { unitId: s.city.units.city, involvement: 'any', includeDrafts: true } });
  });

  it('leaves drafts out unless asked for', async () => {
    const list = (await sup.get('/api/tasks?pageSize=200')).json();
    expect(list.items.some((i: { status: string }) => i.status === 'draft')).toBe(true);
    const ws = await sheetOf(await sup.get('/api/tasks/export.xlsx'));
    expect(column(ws, 4)).toEqual(shown(list.items).map((i) => i.title));
    expect(column(ws, 4)).not.toContain('党建办自查');
    expect(column(ws, 4)).toContain('整顿软弱涣散基层党组织');
    expect(column(await sheetOf(await sup.get('/api/tasks/export.xlsx?status=draft')), 4)).toContain('党建办自查');
    expect((await sup.get('/api/tasks/export.xlsx?includeDrafts=maybe')).statusCode).toBe(400);
  });

  it('keeps the order and filters of the list it exports', async () => {
    for (const query of ['status=dispatched&sort=-deadline', 'light=red&light=yellow', 'sort=id&q=党', 'key=true&category=responsibility']) {
      const list = (await sup.get(`/api/tasks?${query}&pageSize=200`)).json();
      const ws = await sheetOf(await sup.get(`/api/tasks/export.xlsx?${query}`));
      expect(column(ws, 4), query).toEqual((query.includes('status=') ? list.items : shown(list.items)).map((i: Item) => i.title));
    }
    expect((await sup.get('/api/tasks/export.xlsx?status=nonsense')).statusCode).toBe(400);
  });

  it('reads the database in pages without changing a row or the order', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const prepared = await exportService.prepare(s.t.ctx, systemActor('test'), { sort: '-deadline', includeDrafts: true }, 'zh-CN', 2);
    expect(await prepared.write(sink)).toBe(5);
    const paged = (await readXlsx(Buffer.concat(chunks))).worksheets[0];
    const whole = await sheetOf(await sup.get('/api/tasks/export.xlsx?sort=-deadline&includeDrafts=true'));
    for (let n = 1; n <= 15; n++) expect(column(paged, n), `column ${n}`).toEqual(column(whole, n));
  });

  it('stops when the reader goes away, without an audit row', async () => {
    const audits = async () =>
      (await s.t.ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'task.export').where('actor_name', '=', 'test').execute()).length;
    const before = await audits();
    const sink = new PassThrough({ highWaterMark: 1 });
    sink.once('data', () => sink.destroy());
    const prepared = await exportService.prepare(s.t.ctx, systemActor('test'), {}, 'zh-CN', 1);
    await expect(prepared.write(sink)).rejects.toThrow('aborted');
    expect(await audits()).toBe(before);
  });

  it('speaks the reader’s language', async () => {
    const res = await sup.get('/api/tasks/export.xlsx?status=dispatched', { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.headers['content-disposition']).toContain('filename="ledger-2026-03-10.xlsx"');
    const ws = await sheetOf(res);
    expect(ws.getCell('A1').value).toBe('X市 — Key tasks ledger (as of 2026-03-10)'); // a city-wide ledger is the city's
    expect(ws.getRow(3).getCell(4).value).toBe('Task');
    expect(ws.getRow(3).getCell(12).value).toBe('Light');
    const red = rowOf(ws, '整顿软弱涣散基层党组织');
    expect([red.getCell(11).value, red.getCell(12).value, red.getCell(13).value, red.getCell(14).value]).toEqual(['Dispatched', 'Red', 'Problem list', 'Yes']);
  });

  it('holds only what a district liaison may see', async () => {
    const list = (await east.get('/api/tasks?pageSize=200')).json();
    const ws = await sheetOf(await east.get('/api/tasks/export.xlsx?includeDrafts=true'));
    expect(column(ws, 4)).toEqual(list.items.map((i: Item) => i.title));
    expect(column(ws, 4)).not.toContain('西关街道换届');
    expect(column(ws, 4).length).toBeGreaterThan(0);
    expect(ws.getCell('A1').value).toBe('东城区重点任务推进台账（截至2026年3月10日）');
    expect((await new TestClient(s.app).get('/api/tasks/export.xlsx')).statusCode).toBe(401);
  });
});
