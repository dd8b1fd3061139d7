import { api } from '../../api/client';
import { allOf, type JsonBody, type JsonResponse } from '../../api/types';
import limits from '../../../../shared/password-policy.json';

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

/** The limits the server's schema enforces (the same file builds it), checked here first so a typo is caught under the input. */
export const policyLimits: Record<keyof PasswordPolicy, { min: number; max: number }> = limits;

export const securityApi = {
  policy: (signal?: AbortSignal) => api.get<PasswordPolicy>('/api/policy', undefined, signal),
  setPolicy: (policy: PasswordPolicy) => api.put<PasswordPolicy>('/api/policy', policy satisfies JsonBody<'/api/policy', 'put'>),
};
