import type { Db } from '../db/types.ts';
import type { LuoshiModule } from '../module.ts';
import { allPermissions, builtinPermissions, builtinRoles } from './roles.ts';
import { rolesRepo } from './repo.ts';

/**
 * Keeps every built-in role (the platform's and each module's) present with the default
 * permissions every module declares. A role's name and scope are set when it is created.
 */
export async function syncBuiltinRoles(db: Db, modules: LuoshiModule[], at: Date): Promise<void> {
  const roles = builtinRoles(modules);
  const perms = builtinPermissions(roles, allPermissions(modules));
  const now = at.toISOString();
  await db.transaction().execute(async (tx) => {
    for (const role of roles) {
      const permissions = JSON.stringify(perms.get(role.code) ?? []);
      const existing = await rolesRepo.byCode(tx, role.code);
      if (!existing) await rolesRepo.insertBuiltin(tx, { code: role.code, name: role.name['zh-CN'], scope: role.scope, permissions }, now);
      else if (existing.permissions !== permissions) await rolesRepo.setPermissions(tx, existing.id, permissions, now);
    }
  });
}
