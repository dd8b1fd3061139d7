import { api } from '../../api/client';
import type { JsonResponse } from '../../api/types';

export type Role = JsonResponse<'/api/roles'>['items'][number];

export function listRoles(signal?: AbortSignal) {
  return api.get<JsonResponse<'/api/roles'>>('/api/roles', undefined, signal);
}
