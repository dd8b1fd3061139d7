import { api } from '../../api/client';

export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  apiTokenDays: number;
}

export const policyFields = ['minLength', 'minClasses', 'lockoutThreshold', 'lockoutMinutes', 'sessionIdleMinutes', 'apiTokenDays'] as const;

/** The limits the server's schema enforces, checked here first so a typo is caught under the input. */
export const policyLimits: Record<keyof PasswordPolicy, { min: number; max: number }> = {
  minLength: { min: 8, max: 128 },
  minClasses: { min: 3, max: 4 },
  lockoutThreshold: { min: 1, max: 20 },
  lockoutMinutes: { min: 1, max: 1440 },
  sessionIdleMinutes: { min: 1, max: 1440 },
  apiTokenDays: { min: 1, max: 3650 },
};

export const securityApi = {
  policy: (signal?: AbortSignal) => api.get<PasswordPolicy>('/api/policy', undefined, signal),
  setPolicy: (policy: PasswordPolicy) => api.put<PasswordPolicy>('/api/policy', policy),
};
