import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, DbOrTx } from '../db/types.ts';

type Users = ExpressionBuilder<Database, 'users'>;

/** The users, sessions and API tokens as sign-in and the actor loader read and write them. */
export const authRepo = {
  userById(db: DbOrTx, userId: number) {
    return db.selectFrom('users').select(['id', 'username', 'display_name', 'unit_id', 'status']).where('id', '=', userId).executeTakeFirst();
  },

  userByName(db: DbOrTx, username: string) {
    return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  },

  /** A user's grants with each role's code, permissions (JSON) and data scope. */
  grantsOf(db: DbOrTx, userId: number) {
    return db
      .selectFrom('role_grants')
      .innerJoin('roles', 'roles.id', 'role_grants.role_id')
      .select(['roles.id as roleId', 'roles.code as roleCode', 'roles.permissions', 'roles.data_scope', 'role_grants.unit_id as unitId'])
      .where('role_grants.user_id', '=', userId)
      .execute();
  },

  /**
   * One failed password in a single UPDATE … RETURNING (see countFailedPassword in lockout.ts for why):
   * unchanged while locked at `at`; the threshold-th failure locks until `until` and restarts the count.
   */
  async countFailure(db: DbOrTx, userId: number, threshold: number, at: string, until: string) {
    const lockedNow = (eb: Users) => eb.and([eb('locked_until', 'is not', null), eb('locked_until', '>', at)]);
    const reaches = (eb: Users) => eb(sql<number>`failed_logins + 1`, '>=', threshold);
    const row = await db
      .updateTable('users')
      .set((eb) => ({
        failed_logins: eb
          .case()
          .when(lockedNow(eb))
          .then(eb.ref('failed_logins'))
          .when(reaches(eb))
          .then(0)
          .else(sql<number>`failed_logins + 1`)
          .end(),
        locked_until: eb.case().when(lockedNow(eb)).then(eb.ref('locked_until')).when(reaches(eb)).then(until).else(eb.ref('locked_until')).end(),
      }))
      .where('id', '=', userId)
      .returning(['locked_until'])
      .executeTakeFirst();
    return row?.locked_until ?? null;
  },

  async clearFailures(db: DbOrTx, userId: number) {
    await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
  },

  async insertSession(
    db: DbOrTx,
    s: { id: string; user_id: number; csrf_token: string; ip: string | null; user_agent: string | null; created_at: string; last_seen_at: string },
  ) {
    await db.insertInto('sessions').values(s).execute();
  },

  sessionById(db: DbOrTx, id: string) {
    return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  },

  sessionSeenAt(db: DbOrTx, id: string) {
    return db.selectFrom('sessions').select('last_seen_at').where('id', '=', id).executeTakeFirst();
  },

  async touchSession(db: DbOrTx, id: string, at: string) {
    await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
  },

  async deleteSession(db: DbOrTx, id: string) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
  },

  tokenByHash(db: DbOrTx, tokenHash: string) {
    return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  },

  tokenById(db: DbOrTx, id: number) {
    return db.selectFrom('api_tokens').select(['revoked_at', 'created_at']).where('id', '=', id).executeTakeFirst();
  },

  async touchToken(db: DbOrTx, id: number, at: string) {
    await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  },
};
