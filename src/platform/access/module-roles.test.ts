import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { modules } from '../../modules/index.ts';
import type { LuoshiModule } from '../module.ts';
import { actorOf } from '../http/auth-hook.ts';
import { requirePermission } from './index.ts';
import { builtinRoles } from './roles.ts';

/**
 * A later module (the study library, say) brings its own role and permission: no platform change.
 * Test-only: never registered in src/modules/index.ts.
 */
const libraryModule: LuoshiModule = {
  name: 'library-test',
  permissions: [{ code: 'library.manage', roles: ['libraryManager'] }],
  roles: [{ code: 'libraryManager', name: { 'zh-CN': '学习资料管理员', 'en-US': 'Library manager' }, scope: 'unitAndBelow', permissions: ['unit.read'] }],
  routes(app) {
    const ok = { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } } as const;
    app.get('/library-test/manage', { schema: { response: { 200: ok } } }, (req) => {
      requirePermission(actorOf(req), 'library.manage');
      return { ok: true };
    });
  },
};

/** The registered modules' built-in roles and default permissions, as the platform hard-coded them before modules declared roles. */
const todaysRoles = {
  supervisor: {
    scope: 'all',
    permissions: [
      'briefing.manage',
      'dashboard.manage',
      'dashboard.read',
      'ledger.manage',
      'ledger.read',
      'partyOrgs.manage',
      'partyOrgs.read',
      'problems.manage',
      'supervision.manage',
      'unit.read',
      'user.read',
    ],
  },
  leader: { scope: 'unitAndBelow', permissions: ['dashboard.read', 'instruction.write', 'ledger.read', 'partyOrgs.read', 'unit.read', 'user.read'] },
  liaison: { scope: 'unitAndBelow', permissions: ['dashboard.read', 'ledger.read', 'ledger.report', 'partyOrgs.read', 'unit.read'] },
  sysAdmin: { scope: 'unitAndBelow', permissions: ['personal.read', 'role.read', 'unit.manage', 'unit.read', 'user.manage', 'user.read'] },
  // calendar.manage: the calendar module (holiday schedule) gives it to the secAdmin.
  secAdmin: { scope: 'all', permissions: ['calendar.manage', 'policy.manage', 'role.grant', 'role.read', 'unit.read', 'user.read'] },
  auditor: { scope: 'all', permissions: ['audit.read'] },
};

interface RoleItem {
  id: number;
  code: string;
  name: string;
  dataScope: string;
  permissions: string[];
  builtin: boolean;
}

describe('built-in roles declared by modules', () => {
  it('refuses two modules declaring the same role code', () => {
    const copy: LuoshiModule = { name: 'copy', roles: [{ code: 'liaison', name: { 'zh-CN': '联络员', 'en-US': 'Liaison' }, scope: 'unit' }] };
    expect(() => builtinRoles([...modules, copy])).toThrow(/liaison/);
  });

  it('keeps the administrators with the platform and business roles with their modules', () => {
    expect(builtinRoles([]).map((r) => r.code)).toEqual(['sysAdmin', 'secAdmin', 'auditor']);
  });
});

describe.each(dialects)('a module-declared role on %s', (dialect) => {
  const fx = withCityApp(dialect, { modules: [...modules, libraryModule] });
  let sec: TestClient;
  beforeAll(async () => {
    sec = await fx.login('secadmin');
  });

  const roles = async (lang = 'zh-CN'): Promise<RoleItem[]> => (await sec.get('/api/roles', { 'accept-language': lang })).json().items;

  it('exists with its permissions, named in the reader’s language', async () => {
    const zh = (await roles()).find((r) => r.code === 'libraryManager');
    expect(zh).toMatchObject({ name: '学习资料管理员', dataScope: 'unitAndBelow', builtin: true });
    expect(zh!.permissions.sort()).toEqual(['library.manage', 'unit.read']);
    expect((await roles('en-US')).find((r) => r.code === 'libraryManager')!.name).toBe('Library manager');
  });

  it('leaves the registered modules’ roles as they were', async () => {
    const list = await roles();
    const registered = Object.fromEntries(
      list.filter((r) => r.code !== 'libraryManager').map((r) => [r.code, { scope: r.dataScope, permissions: [...r.permissions].sort() }]),
    );
    expect(registered).toEqual(todaysRoles);
    expect(list.map((r) => r.code)).toEqual(['supervisor', 'leader', 'liaison', 'libraryManager', 'sysAdmin', 'secAdmin', 'auditor']);
  });

  it('is granted through the HTTP API and carries its permission', async () => {
    const list = await roles();
    const id = (code: string) => list.find((r) => r.code === code)!.id;
    const liaison = await fx.login('liaison-west');
    expect((await liaison.get('/api/library-test/manage')).statusCode).toBe(403);

    const granted = await sec.put(`/api/users/${fx.city.users['liaison-west']}/grants`, {
      grants: [
        { roleId: id('liaison'), unitId: fx.city.units.west },
        { roleId: id('libraryManager'), unitId: fx.city.units.west },
      ],
    });
    expect(granted.statusCode).toBe(200);
    expect(
      granted
        .json()
        .roles.map((r: { roleCode: string }) => r.roleCode)
        .sort(),
    ).toEqual(['liaison', 'libraryManager']);
    expect((await liaison.get('/api/library-test/manage')).json()).toEqual({ ok: true });
    const me = (await liaison.get('/api/me', { 'accept-language': 'en-US' })).json();
    expect(me.grants.find((g: { roleCode: string }) => g.roleCode === 'libraryManager').roleName).toBe('Library manager');
  });

  it('counts as a business role for the separated administrators', async () => {
    const list = await roles();
    const id = (code: string) => list.find((r) => r.code === code)!.id;
    const res = await sec.put(`/api/users/${fx.city.users['admin-east']}/grants`, {
      grants: [
        { roleId: id('sysAdmin'), unitId: fx.city.units.east },
        { roleId: id('libraryManager'), unitId: fx.city.units.east },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('security.admin_business');
  });
});
