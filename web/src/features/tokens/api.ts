import { api } from '../../api/client';
import type { JsonResponse } from '../../api/types';

/** A personal API token as listed (its prefix only; the secret is never shown again). */
export type ApiToken = JsonResponse<'/api/me/tokens'>['items'][number];
/** The answer to creating one: the full secret, in this answer only. */
export type CreatedToken = JsonResponse<'/api/me/tokens', 'post'>;

export const tokensApi = {
  list: (signal?: AbortSignal) => api.get<{ items: ApiToken[] }>('/api/me/tokens', undefined, signal),
  create: (name: string) => api.post<CreatedToken>('/api/me/tokens', { name }),
  revoke: (id: number) => api.delete<void>(`/api/me/tokens/${id}`),
};
