import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { dialects } from '../support/db.ts';
import { withCityApp } from '../support/city-app.ts';
import { PASSWORD } from '../support/city.ts';
import type { TestClient } from '../support/http.ts';
import { modules } from '../../src/modules/index.ts';
import type { LuoshiModule } from '../../src/platform/module.ts';
import { systemActor } from '../../src/platform/access/index.ts';
import { securityService } from '../../src/modules/security/service.ts';
import { userService } from '../../src/modules/users/index.ts';
import { signedOffTask } from '../../src/modules/supervision/testing.ts';

/**
 * Issue #10, finding 1's last sentence: every foreign id in a request names only rows the caller
 * may read. The built-in supervisor sees the whole city, so a deployment's district supervisor
 * (a role granted on a unit, unitAndBelow) is the way in. Test-only role, never registered.
 */
const districtModule: LuoshiModule = {
  name: 'district-supervisor-test',
  roles: [
    {
      code: 'districtSupervisor',
      name: { 'zh-CN': '区督办人员', 'en-US': 'District supervisor' },
      scope: 'unitAndBelow',
      permissions: ['ledger.read', 'ledger.manage', 'problems.manage', 'supervision.manage', 'briefing.manage', 'dashboard.read', 'unit.read', 'user.read'],
    },
  ],
};

const refused = (res: LightMyRequestResponse, field: string, code = 'validation.reference_not_visible') => {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([[field, code]]);
};

describe.each(dialects)('foreign ids name only rows the caller may read on %s (issue 10.1)', (dialect) => {
  const s = withCityApp(dialect, { modules: [...modules, districtModule] });
  const w = {} as { sup: TestClient; east: TestClient; westSource: number; westTask: number; westDraft: number; eastTask: number; disabledEast: number };

  beforeAll(async () => {
    const sys = systemActor('test');
    const role = (await securityService.roles(s.t.ctx, sys)).find((r) => r.code === 'districtSupervisor')!;
    const mk = async (username: string) =>
      (await userService.create(s.t.ctx, sys, { username, displayName: username, unitId: s.city.units.east, password: PASSWORD })).id;
    await securityService.setGrants(s.t.ctx, sys, await mk('sup-east'), [{ roleId: role.id, unitId: s.city.units.east }]);
    w.disabledEast = await mk('gone-east');
    await userService.update(s.t.ctx, sys, w.disabledEast, { version: 1, status: 'disabled' });

    w.sup = await s.login('supervisor');
    w.east = await s.login('sup-east');
    const west = await w.sup.post('/api/sources', {
      kind: 'speech',
      title: '西城的讲话',
      text: '一要西城的任务。',
      items: [{ title: '西城的任务', leadUnitId: s.city.units.west, deadline: '2026-12-31' }],
      dispatch: true,
    });
    expect(west.statusCode, west.body).toBe(201);
    w.westSource = west.json().id;
    w.westTask = west.json().taskIds[0];
    w.westDraft = (await w.sup.post('/api/tasks', { title: '西城的草稿', leadUnitId: s.city.units.west })).json().id;
    const own = await w.east.post('/api/tasks', { title: '东城的任务', leadUnitId: s.city.units.east });
    expect(own.statusCode, own.body).toBe(201);
    w.eastTask = own.json().id;
  });

  it('a task names owners and liaisons it may read, active ones', async () => {
    const { users, units } = s.city;
    for (const field of ['ownerId', 'liaisonId']) {
      // Another district's user, an unknown id and a disabled user of its own district: the same answer.
      for (const id of [users['liaison-west'], 999_999, w.disabledEast]) {
        refused(await w.east.post('/api/tasks', { title: '引用他人', leadUnitId: units.east, [field]: id }), `body.${field}`);
        const task = (await w.east.get(`/api/tasks/${w.eastTask}`)).json();
        refused(await w.east.patch(`/api/tasks/${w.eastTask}`, { version: task.version, [field]: id }), `body.${field}`);
      }
    }
    const ok = await w.east.post('/api/tasks', {
      title: '东城自己的人',
      leadUnitId: units.east,
      ownerId: users['leader-east'],
      liaisonId: users['liaison-east'],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect([ok.json().owner?.id, ok.json().liaison?.id]).toEqual([users['leader-east'], users['liaison-east']]);
    // The city-wide supervisor may name anyone active.
    expect((await w.sup.post('/api/tasks', { title: '市里指定', leadUnitId: units.west, liaisonId: users['liaison-west'] })).statusCode).toBe(201);
  });

  it('a task hangs under a parent task and a source it sees', async () => {
    for (const parentId of [w.westTask, w.westDraft, 999_999]) {
      refused(await w.east.post('/api/tasks', { title: '挂到别人名下', leadUnitId: s.city.units.east, parentId }), 'body.parentId');
      const task = (await w.east.get(`/api/tasks/${w.eastTask}`)).json();
      refused(await w.east.patch(`/api/tasks/${w.eastTask}`, { version: task.version, parentId }), 'body.parentId');
    }
    refused(await w.east.post('/api/tasks', { title: '挂到别人的来源', leadUnitId: s.city.units.east, sourceId: w.westSource }), 'body.sourceId');
    const child = await w.east.post('/api/tasks', { title: '东城的子任务', leadUnitId: s.city.units.east, parentId: w.eastTask });
    expect(child.statusCode, child.body).toBe(201);
    expect(child.json().parentId).toBe(w.eastTask);
  });

  it('a published outline names owners and liaisons it may read', async () => {
    const res = await w.east.post('/api/sources', {
      kind: 'speech',
      title: '东城的讲话',
      text: '一要东城的任务。',
      items: [
        {
          title: '东城的任务',
          leadUnitId: s.city.units.east,
          children: [{ title: '子项', leadUnitId: s.city.units.east, liaisonId: s.city.users['liaison-west'] }],
        },
      ],
    });
    refused(res, 'body.items.0.children.0.liaisonId');
  });

  it('a problem names a task, source and look-back check it sees', async () => {
    const base = {
      sourceKind: 'inspection',
      sourceTitle: '巡察',
      finding: '发现的问题',
      category: '作风建设',
      unitId: s.city.units.east,
      deadline: '2026-12-31',
    };
    refused(await w.east.post('/api/problems', { ...base, sourceKind: 'task', taskId: w.westTask }), 'body.taskId');
    refused(await w.east.post('/api/problems', { ...base, sourceId: w.westSource }), 'body.sourceId');

    const liaisonWest = await s.login('liaison-west');
    const signed = await signedOffTask(w.sup, liaisonWest, { title: '西城已销号', leadUnitId: s.city.units.west, deadline: '2026-12-31' });
    const lookBack = await w.sup.post('/api/look-backs', { scope: 'all' });
    expect(lookBack.statusCode, lookBack.body).toBe(201);
    const check = lookBack.json().checks.find((c: { task: { id: number } }) => c.task.id === signed);
    refused(await w.east.post('/api/problems', { ...base, sourceKind: 'lookBack', lookBackCheckId: check.id }), 'body.lookBackCheckId');
    refused(await w.east.post('/api/problems', { ...base, sourceKind: 'lookBack', lookBackCheckId: 999_999 }), 'body.lookBackCheckId');
    // The supervisor sees them all.
    const ok = await w.sup.post('/api/problems', { ...base, sourceKind: 'lookBack', lookBackCheckId: check.id, sourceId: w.westSource });
    expect(ok.statusCode, ok.body).toBe(201);
    // And a problem of its own district may not be moved onto another's task.
    const own = await w.east.post('/api/problems', { ...base });
    expect(own.statusCode, own.body).toBe(201);
    refused(await w.east.patch(`/api/problems/${own.json().id}`, { version: own.json().version, taskId: w.westTask }), 'body.taskId');
  });

  it('a look-back of one source names a source it sees', async () => {
    refused(await w.east.post('/api/look-backs', { scope: 'source', sourceId: w.westSource }), 'body.sourceId');
    refused(await w.east.post('/api/look-backs', { scope: 'sample', percent: 50, sourceId: 999_999 }), 'body.sourceId');
  });

  it('a briefing covers a unit it sees', async () => {
    refused(await w.east.post('/api/briefings', { from: '2026-11-01', to: '2026-11-30', unitId: s.city.units.west }), 'body.unitId');
    refused(await w.east.post('/api/briefings', { from: '2026-11-01', to: '2026-11-30', unitId: 999_999 }), 'body.unitId');
    const own = await w.east.post('/api/briefings', { from: '2026-11-01', to: '2026-11-30', unitId: s.city.units.east });
    expect(own.statusCode, own.body).toBe(201);
  });

  it('a task names as liaison a liaison of its lead or a supporting unit (review of 10.1)', async () => {
    const { users, units } = s.city;
    const task = async (c: TestClient, body: Record<string, unknown>) => c.post('/api/tasks', { title: '指定联络员', ...body });
    // Readable and active, but not a liaison of the task's units: another district's liaison, a leader of the lead unit.
    for (const liaisonId of [users['liaison-west'], users['leader-east']]) {
      refused(await task(w.sup, { leadUnitId: units.east, liaisonId }), 'body.liaisonId', 'ledger.liaison_not_of_task');
      const own = (await w.sup.get(`/api/tasks/${w.eastTask}`)).json();
      refused(await w.sup.patch(`/api/tasks/${w.eastTask}`, { version: own.version, liaisonId }), 'body.liaisonId', 'ledger.liaison_not_of_task');
    }
    // The district supervisor reads its leader, who is still no liaison.
    refused(await task(w.east, { leadUnitId: units.east, liaisonId: users['leader-east'] }), 'body.liaisonId', 'ledger.liaison_not_of_task');
    // No units at all: nobody is its liaison.
    refused(await task(w.sup, { liaisonId: users['liaison-east'] }), 'body.liaisonId', 'ledger.liaison_not_of_task');
    // In a published outline too, naming the item.
    const outline = await w.sup.post('/api/sources', {
      kind: 'speech',
      title: '联络员的讲话',
      text: '一要东城。',
      items: [{ title: '东城的事', leadUnitId: units.east, liaisonId: users['liaison-west'] }],
    });
    refused(outline, 'body.items.0.liaisonId', 'ledger.liaison_not_of_task');
    // The message says why, in the reader's language.
    const en = await w.sup.post('/api/tasks', { title: 'liaison', leadUnitId: units.east, liaisonId: users['liaison-west'] }, { 'accept-language': 'en-US' });
    expect(en.json().errors[0].message).toMatch(/body\.liaisonId: is not a liaison of the task’s lead or supporting units/);
    const zh = await w.sup.post('/api/tasks', { title: '联络员', leadUnitId: units.east, liaisonId: users['liaison-west'] });
    expect(zh.json().errors[0].message).toMatch(/body\.liaisonId: 该用户不是本任务牵头单位或配合单位的联络员/);

    // The lead unit's liaison, a supporting unit's, and one whose unitAndBelow grant covers the lead unit all pass.
    const lead = await task(w.sup, { leadUnitId: units.east, liaisonId: users['liaison-east'] });
    expect(lead.statusCode, lead.body).toBe(201);
    const supporting = await task(w.sup, { leadUnitId: units.east, supportingUnitIds: [units.west], liaisonId: users['liaison-west'] });
    expect(supporting.statusCode, supporting.body).toBe(201);
    const below = await task(w.sup, { leadUnitId: units.eastCommunity, liaisonId: users['liaison-east'] });
    expect(below.statusCode, below.body).toBe(201);
    // A PATCH checks against the units it leaves the task with.
    const t = lead.json();
    const moved = await w.sup.patch(`/api/tasks/${t.id}`, { version: t.version, supportingUnitIds: [units.west], liaisonId: users['liaison-west'] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().liaison.id).toBe(users['liaison-west']);
  });

  it('a task cannot become its own ancestor (review of 10.1)', async () => {
    const mk = async (title: string, parentId?: number) => {
      const res = await w.sup.post('/api/tasks', { title, leadUnitId: s.city.units.east, ...(parentId ? { parentId } : {}) });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    const a = await mk('甲');
    const b = await mk('乙', a);
    const c = await mk('丙', b);
    const patch = async (id: number, parentId: number | null) => {
      const version = (await w.sup.get(`/api/tasks/${id}`)).json().version;
      return w.sup.patch(`/api/tasks/${id}`, { version, parentId });
    };
    // A→A, A→B→A, A→C→B→A: each a 400 naming parentId, and nothing written.
    for (const parentId of [a, b, c]) refused(await patch(a, parentId), 'body.parentId', 'ledger.parent_cycle');
    refused(await patch(b, c), 'body.parentId', 'ledger.parent_cycle');
    expect((await w.sup.get(`/api/tasks/${a}`)).json().parentId).toBeNull();
    const en = await w.sup.request(
      'PATCH',
      `/api/tasks/${a}`,
      { version: (await w.sup.get(`/api/tasks/${a}`)).json().version, parentId: a },
      { 'accept-language': 'en-US' },
    );
    expect(en.json().errors[0].message).toMatch(/body\.parentId: the parent task cannot be the task itself or one of its sub-tasks/);
    // Moving within the tree without a loop passes: C under A, then A under a new root.
    expect((await patch(c, a)).statusCode).toBe(200);
    const root = await mk('丁');
    const ok = await patch(a, root);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().parentId).toBe(root);
  });

  it('a task names lead and supporting units it sees, naming the field (review of 10.1)', async () => {
    const { units } = s.city;
    refused(await w.east.post('/api/tasks', { title: '别人的单位', leadUnitId: units.west }), 'body.leadUnitId', 'ledger.unit_not_found');
    refused(
      await w.east.post('/api/tasks', { title: '别人的单位', leadUnitId: units.east, supportingUnitIds: [units.eastStreet, units.west] }),
      'body.supportingUnitIds.1',
      'ledger.unit_not_found',
    );
    refused(await w.east.post('/api/tasks', { title: '不存在的单位', leadUnitId: 999_999 }), 'body.leadUnitId', 'ledger.unit_not_found');
    const own = (await w.east.get(`/api/tasks/${w.eastTask}`)).json();
    refused(
      await w.east.patch(`/api/tasks/${w.eastTask}`, { version: own.version, supportingUnitIds: [units.westStreet] }),
      'body.supportingUnitIds.0',
      'ledger.unit_not_found',
    );
    const outline = await w.east.post('/api/sources', {
      kind: 'speech',
      title: '东城的讲话',
      text: '一要。',
      items: [{ title: '东城', leadUnitId: units.east, children: [{ title: '子项', leadUnitId: units.west }] }],
    });
    refused(outline, 'body.items.0.children.0.leadUnitId', 'ledger.unit_not_found');
    const en = await w.east.post('/api/tasks', { title: 'unit', leadUnitId: units.west }, { 'accept-language': 'en-US' });
    expect(en.json().errors[0].message).toBe(`body.leadUnitId: Unit not found or outside your scope (id ${units.west})`);
  });
});
