import type { Db } from '../db/types.ts';
import type { PermissionDef } from '../module.ts';
import { builtinPermissions, builtinRoles } from './roles.ts';

/** Keeps the built-in roles present with the default permissions every module declares. */
export async function syncBuiltinRoles(db: Db, defs: PermissionDef[], at: Date): Promise<void> {
  const perms = builtinPermissions(defs);
  const now = at.toISOString();
  await db.transaction().execute(async (tx) => {
    for (const role of builtinRoles) {
      const permissions = JSON.stringify(perms.get(role.code) ?? []);
      const existing = await tx.selectFrom('roles').select(['id', 'permissions']).where('code', '=', role.code).executeTakeFirst();
      if (!existing) {
        await tx
          .insertInto('roles')
          .values({ code: role.code, name: role.name, permissions, data_scope: role.scope, builtin: 1, created_at: now, updated_at: now })
          .execute();
      } else if (existing.permissions !== permissions) {
        await tx.updateTable('roles').set({ permissions, updated_at: now }).where('id', '=', existing.id).execute();
      }
    }
  });
}
