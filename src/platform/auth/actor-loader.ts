import type { Db } from '../db/types.ts';
import { authRepo } from './repo.ts';
import type { Actor, DataScope, Grant } from '../access/actor.ts';
import type { Locale } from '../i18n/index.ts';

/** Builds the actor for a user: their grants with each role's permissions and scope. */
export async function loadActor(db: Db, userId: number, extra: { ip: string | null; locale: Locale; via: Actor['via'] }): Promise<Actor | null> {
  const user = await authRepo.userById(db, userId);
  if (!user || user.status !== 'active') return null;
  const rows = await authRepo.grantsOf(db, userId);
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
