import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/db.ts';
import { withCityApp } from '../support/city-app.ts';
import { PASSWORD } from '../support/city.ts';
import { aTask } from '../support/factories.ts';
import type { TestClient } from '../support/http.ts';
import { modules } from '../../src/modules/index.ts';
import type { LuoshiModule } from '../../src/platform/module.ts';
import { systemActor } from '../../src/platform/access/index.ts';
import { securityService } from '../../src/modules/security/service.ts';
import { userService } from '../../src/modules/users/index.ts';

/**
 * Review of issue #10: briefings were read and edited by id with no unit scope, so whoever held
 * `briefing.manage` anywhere read and edited the city's. Only the city-wide supervisor holds it by
 * default; a deployment granting it on a district is the way in. Test-only role, never registered.
 */
const districtBriefings: LuoshiModule = {
  name: 'district-briefings-test',
  roles: [
    {
      code: 'districtBriefings',
      name: { 'zh-CN': '区通报编写', 'en-US': 'District briefings' },
      scope: 'unitAndBelow',
      permissions: ['briefing.manage', 'dashboard.read', 'ledger.read', 'unit.read'],
    },
  ],
};

describe.each(dialects)('briefings are scoped by unit on %s (review of issue 10)', (dialect) => {
  const s = withCityApp(dialect, { modules: [...modules, districtBriefings] });
  const w = {} as {
    sup: TestClient;
    east: TestClient;
    west: TestClient;
    city: { id: number; version: number };
    westOwn: { id: number; version: number };
    eastOwn: { id: number; version: number };
  };
  const period = { from: '2026-06-01', to: '2026-06-30' };

  beforeAll(async () => {
    const sys = systemActor('test');
    const role = (await securityService.roles(s.t.ctx, sys)).find((r) => r.code === 'districtBriefings')!;
    for (const [username, unitId] of [
      ['brief-east', s.city.units.east],
      ['brief-west', s.city.units.west],
    ] as const) {
      const { id } = await userService.create(s.t.ctx, sys, { username, displayName: username, unitId, password: PASSWORD });
      await securityService.setGrants(s.t.ctx, sys, id, [{ roleId: role.id, unitId }]);
    }
    w.sup = await s.login('supervisor');
    w.east = await s.login('brief-east');
    w.west = await s.login('brief-west');
    await aTask(w.sup, { lead: s.city.units.east, deadline: '2026-12-31' });
    const made = async (c: TestClient, body: Record<string, unknown>) => {
      const res = await c.post('/api/briefings', { ...period, ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; version: number };
    };
    w.city = await made(w.sup, {});
    w.eastOwn = await made(w.east, { unitId: s.city.units.east });
    w.westOwn = await made(w.west, {});
  });

  it('lists only the briefings of units within the reader’s scope', async () => {
    const ids = async (c: TestClient) => ((await c.get('/api/briefings')).json().items as { id: number }[]).map((b) => b.id).sort((a, b) => a - b);
    expect(await ids(w.east)).toEqual([w.eastOwn.id]);
    expect(await ids(w.west)).toEqual([w.westOwn.id]);
    // The city-wide supervisor sees them all.
    expect(await ids(w.sup)).toEqual([w.city.id, w.eastOwn.id, w.westOwn.id].sort((a, b) => a - b));
  });

  it('reads, edits, issues and renders an out-of-scope briefing as not found', async () => {
    for (const id of [w.city.id, w.westOwn.id]) {
      expect((await w.east.get(`/api/briefings/${id}`)).statusCode).toBe(404);
      const edit = await w.east.patch(`/api/briefings/${id}`, { version: 1, title: '改别人的通报' });
      expect(edit.statusCode, edit.body).toBe(404);
      expect((await w.east.post(`/api/briefings/${id}/issue`, { version: 1 })).statusCode).toBe(404);
      expect((await w.east.get(`/api/briefings/${id}.docx`)).statusCode).toBe(404);
      expect((await w.east.get(`/api/briefings/${id}/tables.xlsx`)).statusCode).toBe(404);
    }
    // Nothing changed: the city's briefing is as the supervisor made it.
    const city = await w.sup.get(`/api/briefings/${w.city.id}`);
    expect(city.statusCode).toBe(200);
    expect(city.json()).toMatchObject({ version: w.city.version, status: 'draft' });
  });

  it('keeps its own briefing readable and editable', async () => {
    expect((await w.east.get(`/api/briefings/${w.eastOwn.id}`)).statusCode).toBe(200);
    const edit = await w.east.patch(`/api/briefings/${w.eastOwn.id}`, { version: w.eastOwn.version, title: '东城区通报' });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().title).toBe('东城区通报');
    // The supervisor reaches a district's briefing too.
    expect((await w.sup.get(`/api/briefings/${w.eastOwn.id}`)).statusCode).toBe(200);
  });
});
