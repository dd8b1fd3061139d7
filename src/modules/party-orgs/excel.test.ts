import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { multipartBody, multipartHeaders, readXlsx, xlsx } from '../../../test/support/upload.ts';

const head = ['组织名称', '组织类别', '组织类型', '上级党组织', '所在单位', '成立日期', '书记', '书记身份', '党员数', '换届日期', '届满日期'];
// The branch names its superior, defined two rows further down (two passes).
const rows = [
  ['中共东华社区支部委员会', '城市社区', '党支部', '中共东华街道工作委员会', '东华社区', '2003-07-01', '张明', '退役军人', 36, '2021-06-30', ''],
  ['中共西关街道工作委员会', '其他', '党工委', '', '西关街道', '', '李华', '', 120, '2022-01-10', '2027-01-10'],
  ['中共东华街道工作委员会', '其他', '', '', '东城区/东华街道', new Date(Date.UTC(2001, 6, 1)), '王强', '', 210, '2021-09-15', '2026-09-15'],
];
const bad = [
  ['中共南城支部委员会', '乡镇', '党支部', '中共不存在委员会', '南城区', '2003-13-01', '', '很能干', 'abc', '', ''],
  ['中共东华社区第二支部委员会', '城市社区', '党支部', '中共南城支部委员会', '东华社区', '', '', '', '', '', ''],
];

describe.each(dialects)('organization list in Excel on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let east: TestClient;
  const upload = (c: TestClient, file: Buffer, fields: Record<string, string> = {}) =>
    c.request('POST', '/api/party-orgs/import', multipartBody(file, fields, 'orgs.xlsx'), multipartHeaders);

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    east = await fx.login('liaison-east');
  });

  it('serves a template whose header reads back as the import columns', async () => {
    const res = await sup.get('/api/party-orgs/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    const ws = (await readXlsx(res.rawPayload)).worksheets[0];
    expect((ws.getRow(1).values as string[]).slice(1).map((h) => h.replace('（必填）', ''))).toEqual(head);
    expect((await east.get('/api/party-orgs/import-template.xlsx')).statusCode).toBe(403);
  });

  it('names every bad row by row and column, importing nothing by default', async () => {
    const res = await upload(sup, await xlsx([head, ...rows, ...bad], '党组织'));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ code: 'partyOrgs.import_rejected', imported: 0, skipped: 2 });
    expect(body.errors.map((e: { row: number; column: string; field: string }) => `${e.row} ${e.column} ${e.field}`)).toEqual([
      '5 B 组织类别',
      '5 E 所在单位',
      '5 F 成立日期',
      '5 H 书记身份',
      '5 I 党员数',
      '6 D 上级党组织',
    ]);
    expect(body.errors[1].message).toBe('找不到单位“南城区”，或该单位不在您的数据范围内');
    expect(body.errors[5].message).toBe('找不到上级党组织“中共南城支部委员会”（本表和系统中都没有，或该行有误）');
    expect((await sup.get('/api/party-orgs')).json().total).toBe(0);
  });

  let batchId: number;
  it('imports the good rows when asked to skip the bad ones, superiors resolved across the file', async () => {
    const res = await upload(sup, await xlsx([head, ...rows, ...bad], '党组织'), { skipBadRows: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ imported: 3, skipped: 2 });
    batchId = res.json().batchId;
    const list = (await sup.get('/api/party-orgs?sort=name')).json();
    const byName = Object.fromEntries(list.items.map((o: { name: string }) => [o.name, o]));
    expect(byName['中共东华社区支部委员会']).toMatchObject({
      kind: 'branch',
      category: 'community',
      parent: { name: '中共东华街道工作委员会' },
      hostUnit: { id: fx.city.units.eastCommunity },
      secretaryBackground: 'veteran',
      memberCount: 36,
      termEnd: '2026-06-30',
    });
    // 组织类型 left blank: read from the name (…工作委员会 → 党工委).
    expect(byName['中共东华街道工作委员会']).toMatchObject({ kind: 'workingCommittee', foundedOn: '2001-07-01', termEnd: '2026-09-15', termYears: 5 });

    const exported = await sup.get('/api/party-orgs/export.xlsx');
    expect(exported.statusCode).toBe(200);
    const ws = (await readXlsx(exported.rawPayload)).worksheets[0];
    expect((ws.getRow(2).values as string[]).slice(1)).toEqual(head);
    expect(ws.getRow(3).getCell(1).value).toBe('中共东华社区支部委员会');
    expect(ws.getRow(3).getCell(4).value).toBe('中共东华街道工作委员会');
    expect(ws.rowCount).toBe(5);
  });

  it('undoes the last import, and only the importer’s', async () => {
    expect((await (await fx.login('leader')).post(`/api/party-orgs/imports/${batchId}/undo`)).statusCode).toBe(403);
    const undo = await sup.post(`/api/party-orgs/imports/${batchId}/undo`);
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json()).toMatchObject({ removed: 3 });
    expect((await sup.get('/api/party-orgs')).json().total).toBe(0);
    expect((await sup.post(`/api/party-orgs/imports/${batchId}/undo`)).statusCode).toBe(409);
  });
});
