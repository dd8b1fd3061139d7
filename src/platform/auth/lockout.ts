import type { DbOrTx } from '../db/types.ts';
import type { PasswordPolicy } from './password.ts';
import { authRepo } from './repo.ts';

/**
 * Counts one failed password (a login, or the current password on /api/me/password) in a single
 * UPDATE … RETURNING, so parallel guesses cannot all read the same count: the row lock (PostgreSQL)
 * or the single writer (SQLite) serializes them. The threshold-th failure locks the account and
 * starts a fresh count; failures while locked do not extend the lock. Returns whether it is locked now.
 */
export async function countFailedPassword(
  db: DbOrTx,
  userId: number,
  policy: Pick<PasswordPolicy, 'lockoutThreshold' | 'lockoutMinutes'>,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString();
  const lockedUntil = await authRepo.countFailure(db, userId, policy.lockoutThreshold, at, until);
  return !!lockedUntil && lockedUntil > at;
}

/** Whether the account is locked at `now`. */
export const isLocked = (user: { locked_until: string | null }, now: Date) => !!user.locked_until && user.locked_until > now.toISOString();
