import type { DbOrTx } from '../db/types.ts';
import { readSetting } from '../settings.ts';
import { defaultPolicy, type PasswordPolicy } from './password.ts';

export const POLICY_KEY = 'auth.policy';

// Read on every request for the idle timeout; a short cache keeps that off the database.
let cached: { at: number; db: DbOrTx; policy: PasswordPolicy } | null = null;

/**
 * The policy the secAdmin set; what it has not set yet comes from `defaults`: the environment's
 * SESSION_IDLE_MINUTES and API_TOKEN_DAYS (pass ctx.config), the built-in values for the rest.
 */
export async function getPolicy(db: DbOrTx, defaults: Partial<Pick<PasswordPolicy, 'sessionIdleMinutes' | 'apiTokenDays'>> = {}): Promise<PasswordPolicy> {
  if (cached && cached.db === db && Date.now() - cached.at < 5000) return cached.policy;
  const { sessionIdleMinutes, apiTokenDays } = { ...defaultPolicy, ...defaults };
  const policy = await readSetting(db, POLICY_KEY, { ...defaultPolicy, sessionIdleMinutes, apiTokenDays });
  cached = { at: Date.now(), db, policy };
  return policy;
}

export function forgetPolicyCache(): void {
  cached = null;
}
