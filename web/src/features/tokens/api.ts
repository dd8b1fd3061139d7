import { api } from '../../api/client';

export interface ApiToken {
  id: number;
  name: string;
  /** The first characters of the secret, to recognize it; the rest is never shown again. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** After this the token is refused (the security policy's lifetime after creation; API_TOKEN_DAYS, 90, until the secAdmin sets it). */
  expiresAt: string;
}

export interface CreatedToken {
  id: number;
  name: string;
  /** The full secret: in this answer only. */
  token: string;
}

export const tokensApi = {
  list: (signal?: AbortSignal) => api.get<{ items: ApiToken[] }>('/api/me/tokens', undefined, signal),
  create: (name: string) => api.post<CreatedToken>('/api/me/tokens', { name }),
  revoke: (id: number) => api.delete<void>(`/api/me/tokens/${id}`),
};
