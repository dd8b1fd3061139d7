import type { Db } from '../db/types.ts';
import type { Actor, DataScope, Grant } from '../access/actor.ts';
import type { Locale } from '../i18n/index.ts';

/** Builds the actor for a user: their grants with each role's permissions and scope. */
export async function loadActor(db: Db, userId: number, extra: { ip: string | null; locale: Locale; via: Actor['via'] }): Promise<Actor | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'unit_id', 'status'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return null;
  const rows = await db
    .selectFrom('role_grants')
    .innerJoin('roles', 'roles.id', 'role_grants.role_id')
    .select(['roles.id as roleId', 'roles.code as roleCode', 'roles.permissions', 'roles.data_scope', 'role_grants.unit_id as unitId'])
    .where('role_grants.user_id', '=', userId)
    .execute();
  const grants: Grant[] = rows.map((r) => ({
    roleId: r.roleId,
    roleCode: r.roleCode,
    unitId: r.unitId,
    scope: r.data_scope as DataScope,
    permissions: JSON.parse(r.permissions) as string[],
  }));
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    unitId: user.unit_id,
    grants,
    permissions: new Set(grants.flatMap((g) => g.permissions)),
    ...extra,
  };
}
