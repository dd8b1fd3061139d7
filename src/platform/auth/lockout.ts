import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, DbOrTx } from '../db/types.ts';
import type { PasswordPolicy } from './password.ts';

type Users = ExpressionBuilder<Database, 'users'>;

/**
 * Counts one failed password (a login, or the current password on /api/me/password) in a single
 * UPDATE … RETURNING, so parallel guesses cannot all read the same count: the row lock (PostgreSQL)
 * or the single writer (SQLite) serializes them. The threshold-th failure locks the account and
 * starts a fresh count; failures while locked do not extend the lock. Returns whether it is locked now.
 */
export async function countFailedPassword(db: DbOrTx, userId: number, policy: Pick<PasswordPolicy, 'lockoutThreshold' | 'lockoutMinutes'>, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString();
  const lockedNow = (eb: Users) => eb.and([eb('locked_until', 'is not', null), eb('locked_until', '>', at)]);
  const reaches = (eb: Users) => eb(sql<number>`failed_logins + 1`, '>=', policy.lockoutThreshold);
  const row = await db
    .updateTable('users')
    .set((eb) => ({
      failed_logins: eb.case().when(lockedNow(eb)).then(eb.ref('failed_logins')).when(reaches(eb)).then(0).else(sql<number>`failed_logins + 1`).end(),
      locked_until: eb.case().when(lockedNow(eb)).then(eb.ref('locked_until')).when(reaches(eb)).then(until).else(eb.ref('locked_until')).end(),
    }))
    .where('id', '=', userId)
    .returning(['locked_until'])
    .executeTakeFirst();
  return !!row?.locked_until && row.locked_until > at;
}

/** Whether the account is locked at `now`. */
export const isLocked = (user: { locked_until: string | null }, now: Date) => !!user.locked_until && user.locked_until > now.toISOString();
