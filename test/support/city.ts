import type { AppContext } from '../../src/platform/context.ts';
import { systemActor } from '../../src/platform/access/index.ts';
import { unitService } from '../../src/modules/units/index.ts';
import { userService } from '../../src/modules/users/index.ts';
import { securityService } from '../../src/modules/security/service.ts';

export const PASSWORD = 'Test@2026x';

export interface SmallCity {
  units: Record<'city' | 'orgDept' | 'east' | 'eastStreet' | 'eastCommunity' | 'west' | 'westStreet', number>;
  users: Record<string, number>;
}

/**
 * A small city for tests: two districts (东城区 with a street and a community, 西城区 with a
 * street), the organization department, and one user per role, some held per district.
 */
export async function buildSmallCity(ctx: AppContext): Promise<SmallCity> {
  const sys = systemActor('test');
  const mk = async (name: string, kind: string, parentId: number | null) => (await unitService.create(ctx, sys, { name, kind: kind as never, parentId })).id;
  const city = await mk('X市', 'city', null);
  const orgDept = await mk('市委组织部', 'department', city);
  const east = await mk('东城区', 'district', city);
  const eastStreet = await mk('东华街道', 'street', east);
  const eastCommunity = await mk('东华社区', 'community', eastStreet);
  const west = await mk('西城区', 'district', city);
  const westStreet = await mk('西关街道', 'street', west);
  const units = { city, orgDept, east, eastStreet, eastCommunity, west, westStreet };

  const roles = new Map((await securityService.roles(ctx, sys)).map((r) => [r.code, r.id]));
  const people: [string, number, string, number][] = [
    ['supervisor', orgDept, 'supervisor', orgDept],
    ['admin', orgDept, 'sysAdmin', city],
    ['secadmin', orgDept, 'secAdmin', city],
    ['auditor', orgDept, 'auditor', city],
    ['leader', orgDept, 'leader', city],
    ['liaison-east', east, 'liaison', east],
    ['liaison-west', west, 'liaison', west],
    ['leader-east', east, 'leader', east],
    ['admin-east', east, 'sysAdmin', east],
  ];
  const users: Record<string, number> = {};
  let n = 0;
  for (const [username, unitId, role, roleUnit] of people) {
    const u = await userService.create(ctx, sys, {
      username,
      displayName: `${username} 用户`,
      unitId,
      password: PASSWORD,
      phone: `1380013${String(8000 + n++)}`,
    });
    await securityService.setGrants(ctx, sys, u.id, [{ roleId: roles.get(role)!, unitId: roleUnit }]);
    users[username] = u.id;
  }
  return { units, users };
}
