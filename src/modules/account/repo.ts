import type { DbOrTx } from '../../platform/db/types.ts';

/** The signed-in user's own rows: their unit and grants for /api/me, their password, their API tokens. */
export const accountRepo = {
  unitName(db: DbOrTx, unitId: number) {
    return db.selectFrom('units').select('name').where('id', '=', unitId).executeTakeFirst();
  },

  grantsWithUnits(db: DbOrTx, userId: number) {
    return db
      .selectFrom('role_grants')
      .innerJoin('roles', 'roles.id', 'role_grants.role_id')
      .innerJoin('units', 'units.id', 'role_grants.unit_id')
      .select(['roles.code as roleCode', 'roles.name as roleName', 'roles.data_scope as scope', 'units.id as unitId', 'units.name as unitName'])
      .where('role_grants.user_id', '=', userId)
      .execute();
  },

  passwordOf(db: DbOrTx, userId: number) {
    return db.selectFrom('users').select(['password_hash', 'locked_until']).where('id', '=', userId).executeTakeFirstOrThrow();
  },

  async setPassword(db: DbOrTx, userId: number, hash: string, at: string) {
    await db.updateTable('users').set({ password_hash: hash, password_changed_at: at, updated_at: at }).where('id', '=', userId).execute();
  },

  /** Ends every session of the user but `keepId` ('' keeps none). */
  async endOtherSessions(db: DbOrTx, userId: number, keepId: string) {
    await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute();
  },

  async revokeAllTokens(db: DbOrTx, userId: number, at: string) {
    await db.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  },

  tokensOf(db: DbOrTx, userId: number) {
    return db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'prefix', 'created_at as createdAt', 'last_used_at as lastUsedAt', 'revoked_at as revokedAt'])
      .where('user_id', '=', userId)
      .orderBy('id', 'desc')
      .execute();
  },

  async insertToken(db: DbOrTx, t: { user_id: number; name: string; token_hash: string; prefix: string; created_at: string }): Promise<number> {
    const { id } = await db.insertInto('api_tokens').values(t).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  ownToken(db: DbOrTx, userId: number, id: number) {
    return db.selectFrom('api_tokens').select(['id', 'revoked_at']).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  },

  async revokeToken(db: DbOrTx, id: number, at: string) {
    await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
  },
};
