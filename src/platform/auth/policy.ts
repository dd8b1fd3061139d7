import type { DbOrTx } from '../db/types.ts';
import { readSetting } from '../settings.ts';
import { defaultPolicy, type PasswordPolicy } from './password.ts';

export const POLICY_KEY = 'auth.policy';

// Read on every request for the idle timeout; a short cache keeps that off the database.
let cached: { at: number; db: DbOrTx; policy: PasswordPolicy } | null = null;

export async function getPolicy(db: DbOrTx, idleDefault = defaultPolicy.sessionIdleMinutes): Promise<PasswordPolicy> {
  if (cached && cached.db === db && Date.now() - cached.at < 5000) return cached.policy;
  const policy = await readSetting(db, POLICY_KEY, { ...defaultPolicy, sessionIdleMinutes: idleDefault });
  cached = { at: Date.now(), db, policy };
  return policy;
}

export function forgetPolicyCache(): void {
  cached = null;
}
