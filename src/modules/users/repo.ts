import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/types.ts';
import { likeOperator } from '../../platform/db/dialects/index.ts';
import { inScope, type Actor } from '../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../platform/http/schemas.ts';

export interface UserFilter {
  under?: number;
  q?: string;
  status?: 'active' | 'disabled';
  role?: string;
  /** true: locked now (`lockedAt`, an ISO time) after failed logins. */
  locked?: boolean;
  lockedAt?: string;
}

const columns = [
  'users.id',
  'users.username',
  'users.display_name as displayName',
  'users.unit_id as unitId',
  'users.phone',
  'users.email',
  'users.status',
  'users.locked_until as lockedUntil',
  'users.version',
  'units.name as unitName',
] as const;

function filtered(db: DbOrTx, actor: Actor, permission: string, f: UserFilter) {
  let q = db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .where((eb) => inScope(eb, actor, permission, { unit: 'users.unit_id', owner: 'users.id' }));
  if (f.under !== undefined) {
    const under = f.under;
    q = q.where('users.unit_id', 'in', (eb) => eb.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', under));
  }
  if (f.status) q = q.where('users.status', '=', f.status);
  if (f.locked !== undefined) {
    const at = f.lockedAt ?? new Date(0).toISOString();
    q = f.locked ? q.where('users.locked_until', '>', at) : q.where((eb) => eb.or([eb('users.locked_until', 'is', null), eb('users.locked_until', '<=', at)]));
  }
  if (f.q) {
    const like = `%${f.q}%`;
    const op = likeOperator(db);
    q = q.where((eb) => eb.or([eb('users.username', op, like), eb('users.display_name', op, like)]));
  }
  if (f.role) {
    const role = f.role;
    q = q.where('users.id', 'in', (eb) =>
      eb.selectFrom('role_grants').innerJoin('roles', 'roles.id', 'role_grants.role_id').select('role_grants.user_id').where('roles.code', '=', role),
    );
  }
  return q;
}

export const userRepo = {
  /** Those of `ids` that are active users this actor may read: whom a row may name as its owner or liaison. */
  async activeVisibleIds(db: DbOrTx, actor: Actor, ids: number[]): Promise<number[]> {
    if (!ids.length) return [];
    return (await filtered(db, actor, 'user.read', { status: 'active' }).select('users.id').where('users.id', 'in', ids).execute()).map((r) => r.id);
  },

  /** How many users the filter selects: the administrators' to-do counts, as the list's total. */
  async count(db: DbOrTx, actor: Actor, f: UserFilter): Promise<number> {
    const r = await filtered(db, actor, 'user.read', f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async list(db: DbOrTx, actor: Actor, f: UserFilter, paging: Paging) {
    const base = filtered(db, actor, 'user.read', f);
    const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const items = await base.select(columns).orderBy('users.unit_id').orderBy('users.id').limit(paging.pageSize).offset(offsetOf(paging)).execute();
    return { total: Number(total), items };
  },

  getScoped(db: DbOrTx, actor: Actor, permission: string, id: number) {
    return filtered(db, actor, permission, {}).select(columns).where('users.id', '=', id).executeTakeFirst();
  },

  grantsOf(db: DbOrTx, userIds: number[]) {
    if (!userIds.length) return Promise.resolve([]);
    return db
      .selectFrom('role_grants')
      .innerJoin('roles', 'roles.id', 'role_grants.role_id')
      .innerJoin('units', 'units.id', 'role_grants.unit_id')
      .select([
        'role_grants.user_id as userId',
        'roles.id as roleId',
        'roles.code as roleCode',
        'roles.name as roleName',
        'roles.data_scope as scope',
        'units.id as unitId',
        'units.name as unitName',
      ])
      .where('role_grants.user_id', 'in', userIds)
      .orderBy('role_grants.id')
      .execute();
  },

  byUsername(db: DbOrTx, username: string) {
    return db.selectFrom('users').select(['id', 'username']).where('username', '=', username).executeTakeFirst();
  },

  async insert(
    db: DbOrTx,
    u: { username: string; displayName: string; unitId: number; passwordHash: string; phone?: string | null; email?: string | null },
    now: string,
  ) {
    const { id } = await db
      .insertInto('users')
      .values({
        username: u.username,
        display_name: u.displayName,
        unit_id: u.unitId,
        password_hash: u.passwordHash,
        phone: u.phone ?? null,
        email: u.email ?? null,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  async update(
    db: DbOrTx,
    id: number,
    version: number,
    set: { display_name?: string; unit_id?: number; phone?: string | null; email?: string | null; status?: 'active' | 'disabled' },
    now: string,
  ) {
    const r = await db
      .updateTable('users')
      .set({ ...set, updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  setPassword(db: DbOrTx, id: number, passwordHash: string, now: string) {
    return db
      .updateTable('users')
      .set({ password_hash: passwordHash, password_changed_at: now, failed_logins: 0, locked_until: null, updated_at: now })
      .where('id', '=', id)
      .execute();
  },

  unlock(db: DbOrTx, id: number, now: string) {
    return db.updateTable('users').set({ failed_logins: 0, locked_until: null, updated_at: now }).where('id', '=', id).execute();
  },

  /** A reset password ends the user's API tokens too: one made before it would outlive the reset. */
  revokeTokens(db: DbOrTx, userId: number, now: string) {
    return db.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  },

  endSessions(db: DbOrTx, userId: number) {
    return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  },

  async replaceGrants(db: DbOrTx, userId: number, grants: { roleId: number; unitId: number }[], now: string) {
    await db.deleteFrom('role_grants').where('user_id', '=', userId).execute();
    if (grants.length) {
      await db
        .insertInto('role_grants')
        .values(grants.map((g) => ({ user_id: userId, role_id: g.roleId, unit_id: g.unitId, created_at: now })))
        .execute();
    }
  },
};
