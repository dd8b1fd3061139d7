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

const refused = (res: LightMyRequestResponse, field: string) => {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([[field, 'validation.reference_not_visible']]);
};

describe.each(dialects)('foreign ids name only rows the caller may read on %s (issue 10.1)', (dialect) => {
  const s = withCityApp(dialect, { modules: [...modules, districtModule] });
  const w = {} as { sup: TestClient; east: TestClient; westSource: number; westTask: number; westDraft: number; eastTask: number; disabledEast: number };

  beforeAll(async () => {
    const sys = systemActor('test');
    const role = (await securityService.roles(s.t.ctx, sys)).find((r) => r.code === 'districtSupervisor')!;
    const mk = async (username: string) => (await userService.create(s.t.ctx, sys, { username, displayName: username, unitId: s.city.units.east, password: PASSWORD })).id;
    await securityService.setGrants(s.t.ctx, sys, await mk('sup-east'), [{ roleId: role.id, unitId: s.city.units.east }]);
    w.disabledEast = await mk('gone-east');
    await userService.update(s.t.ctx, sys, w.disabledEast, { version: 1, status: 'disabled' });

    w.sup = await s.login('supervisor');
    w.east = await s.login('sup-east');
    const west = await w.sup.post('/api/sources', { kind: 'speech', title: '西城的讲话', text: '一要西城的任务。', items: [{ title: '西城的任务', leadUnitId: s.city.units.west, deadline: '2026-12-31' }], dispatch: true });
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
    const ok = await w.east.post('/api/tasks', { title: '东城自己的人', leadUnitId: units.east, ownerId: users['leader-east'], liaisonId: users['liaison-east'] });
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
      items: [{ title: '东城的任务', leadUnitId: s.city.units.east, children: [{ title: '子项', leadUnitId: s.city.units.east, liaisonId: s.city.users['liaison-west'] }] }],
    });
    refused(res, 'body.items.0.children.0.liaisonId');
  });

  it('a problem names a task, source and look-back check it sees', async () => {
    const base = { sourceKind: 'inspection', sourceTitle: '巡察', finding: '发现的问题', category: '作风建设', unitId: s.city.units.east, deadline: '2026-12-31' };
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
});
