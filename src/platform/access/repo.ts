import { sql } from 'kysely';
import type { DbOrTx } from '../db/types.ts';
import type { DataScope } from './actor.ts';

/**
 * The users who hold `role` for a unit: a grant on the unit itself, on an ancestor with a
 * unitAndBelow scope, or with scope all. The deepest grant wins, so a community's task reaches the
 * community's liaison, not every liaison up to the city.
 */
export async function holdersOf(db: DbOrTx, role: string, unitId: number, nearestOnly = true): Promise<number[]> {
  const rows = await db
    .selectFrom('role_grants')
    .innerJoin('roles', 'roles.id', 'role_grants.role_id')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .leftJoin('unit_closure', (j) => j.onRef('unit_closure.ancestor_id', '=', 'role_grants.unit_id').on('unit_closure.descendant_id', '=', unitId))
    .select(['role_grants.user_id as userId', sql<number>`coalesce(unit_closure.depth, 999)`.as('depth')])
    .where('roles.code', '=', role)
    .where('users.status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('roles.data_scope', '=', 'all'),
        eb('role_grants.unit_id', '=', unitId),
        eb.and([eb('roles.data_scope', '=', 'unitAndBelow'), eb('unit_closure.depth', 'is not', null)]),
      ]),
    )
    .execute();
  if (!rows.length) return [];
  const best = Math.min(...rows.map((r) => Number(r.depth)));
  return [...new Set(rows.filter((r) => !nearestOnly || Number(r.depth) === best).map((r) => r.userId))];
}

/** The roles table as boot keeps it in step with the modules' RoleDefs. */
export const rolesRepo = {
  byCode(db: DbOrTx, code: string) {
    return db.selectFrom('roles').select(['id', 'permissions']).where('code', '=', code).executeTakeFirst();
  },

  async insertBuiltin(db: DbOrTx, r: { code: string; name: string; scope: DataScope; permissions: string }, now: string) {
    await db
      .insertInto('roles')
      .values({ code: r.code, name: r.name, permissions: r.permissions, data_scope: r.scope, builtin: 1, created_at: now, updated_at: now })
      .execute();
  },

  async setPermissions(db: DbOrTx, id: number, permissions: string, now: string) {
    await db.updateTable('roles').set({ permissions, updated_at: now }).where('id', '=', id).execute();
  },
};

/** Every unit in the subtrees under `ancestors` (each ancestor included), from the closure table. */
export async function descendantsOf(db: DbOrTx, ancestors: number[]): Promise<number[]> {
  const rows = await db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', 'in', ancestors).execute();
  return rows.map((r) => r.descendant_id);
}
