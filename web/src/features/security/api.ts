import { api } from '../../api/client';
import { allOf, type JsonBody, type JsonResponse } from '../../api/types';

/** The policy as GET /api/policy answers it (every field); PUT takes the same fields. */
export type PasswordPolicy = JsonResponse<'/api/policy'>;

export const policyFields = allOf<keyof PasswordPolicy>()([
  'minLength',
  'minClasses',
  'lockoutThreshold',
  'lockoutMinutes',
  'sessionIdleMinutes',
  'apiTokenDays',
]);

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
  setPolicy: (policy: PasswordPolicy) => api.put<PasswordPolicy>('/api/policy', policy satisfies JsonBody<'/api/policy', 'put'>),
};
