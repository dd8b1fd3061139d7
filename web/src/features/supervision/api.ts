import { api, type Page } from '../../api/client';
import type { JsonBody, JsonResponse } from '../../api/types';

/** A look-back (回头看) as the list shows it; `candidates` are the signed-off tasks in scope when it was scheduled. */
export type LookBack = JsonResponse<'/api/look-backs'>['items'][number];
export type LookBackScope = LookBack['scope'];
export type LookBackDetail = JsonResponse<'/api/look-backs/{id}'>;
/** One signed-off task drawn for checking, with its decision once made. */
export type LookBackCheck = JsonResponse<'/api/look-back-checks/{id}', 'post'>;
export type CheckDecision = NonNullable<LookBackCheck['decision']>;

export type LookBackInput = JsonBody<'/api/look-backs'>;
export type DecisionInput = JsonBody<'/api/look-back-checks/{id}'>;

export const lookBacksApi = {
  list: (page: number, pageSize: number, signal?: AbortSignal) => api.get<Page<LookBack>>('/api/look-backs', { page, pageSize }, signal),
  get: (id: number, signal?: AbortSignal) => api.get<LookBackDetail>(`/api/look-backs/${id}`, undefined, signal),
  create: (input: LookBackInput) => api.post<LookBackDetail>('/api/look-backs', input),
  decide: (checkId: number, input: DecisionInput) => api.post<LookBackCheck>(`/api/look-back-checks/${checkId}`, input),
};
