import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's suggested memory and time cost.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export interface PasswordPolicy {
  minLength: number;
  /** How many of the four classes (lower, upper, digit, symbol) a password must use. */
  minClasses: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  /** Days a personal API token lives, counted from its creation (the secAdmin's; API_TOKEN_DAYS is the default). */
  apiTokenDays: number;
}

export const defaultPolicy: PasswordPolicy = {
  minLength: 8,
  minClasses: 3,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  sessionIdleMinutes: 30,
  apiTokenDays: 90,
};

/** Returns a message key when the password breaks the policy, else null. */
export function checkPassword(password: string, policy: PasswordPolicy): { code: string; params: Record<string, unknown> } | null {
  if (password.length < policy.minLength) return { code: 'auth.password_too_short', params: { min: policy.minLength } };
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) return { code: 'auth.password_too_simple', params: { classes: policy.minClasses } };
  return null;
}
