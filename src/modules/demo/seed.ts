import type { AppContext } from '../../platform/context.ts';
import { systemActor } from '../../platform/access/index.ts';
import { unitService } from '../units/index.ts';
import { userService } from '../users/index.ts';
import { securityService } from '../security/index.ts';
import { CITY, DEMO_PASSWORD, departments, districts, institutions, liaisonName, people } from './city.ts';

/** Builds the demo city and its people through the same services the API uses (so it is audited). */
export async function seedCity(ctx: AppContext): Promise<void> {
  const sys = systemActor('demo');
  const unitIds = new Map<string, number>();
  const addUnit = async (name: string, kind: never | string, parentId: number | null, sortOrder: number) => {
    const u = await unitService.create(ctx, sys, { name, kind: kind as never, parentId, sortOrder });
    unitIds.set(name, u.id);
    return u.id;
  };
  const city = await addUnit(CITY, 'city', null, 0);
  let order = 0;
  for (const d of departments) await addUnit(d.name, 'department', city, order++);
  for (const d of districts) {
    const did = await addUnit(d.name, 'district', city, order++);
    let so = 0;
    for (const s of d.streets) {
      const sid = await addUnit(s.name, 'street', did, so++);
      let co = 0;
      for (const c of s.communities) await addUnit(c, 'community', sid, co++);
    }
  }
  for (const i of institutions) await addUnit(i.name, i.kind, city, order++);

  const roles = new Map((await securityService.roles(ctx, sys)).map((r) => [r.code, r.id]));
  const addUser = async (username: string, displayName: string, unit: string, role: string, roleUnit: string, n: number) => {
    const user = await userService.create(ctx, sys, {
      username,
      displayName,
      unitId: unitIds.get(unit)!,
      password: DEMO_PASSWORD,
      phone: `1390000${String(1000 + n).padStart(4, '0')}`,
    });
    await securityService.setGrants(ctx, sys, user.id, [{ roleId: roles.get(role)!, unitId: unitIds.get(roleUnit)! }]);
  };
  let n = 0;
  for (const p of people) await addUser(p.username, p.displayName, p.unit, p.role, p.roleUnit, n++);
  for (const u of [...departments, ...districts, ...institutions]) {
    await addUser(u.liaison, `${liaisonName(n)}（${u.name}）`, u.name, 'liaison', u.name, n++);
  }
}

/** The logins printed at start and in the README. */
export function demoLogins(): { username: string; role: string; unit: string }[] {
  return [
    ...people.map((p) => ({ username: p.username, role: p.role, unit: p.roleUnit === CITY ? p.unit : p.roleUnit })),
    ...districts.map((d) => ({ username: d.liaison, role: 'liaison', unit: d.name })),
    { username: 'liaison-<unit> …', role: 'liaison', unit: 'one per city department and institution (README)' },
  ];
}
