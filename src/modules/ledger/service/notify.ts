import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';

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

export async function notify(db: DbOrTx, userIds: number[], n: { kind: string; taskId: number | null; title: string; body?: string }, at: string) {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  await db
    .insertInto('notifications')
    .values(unique.map((user_id) => ({ user_id, kind: n.kind, task_id: n.taskId, title: n.title, body: n.body ?? '', created_at: at })))
    .execute();
}
