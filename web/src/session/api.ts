import { api, request, setCsrfToken } from '../api/client';
import type { Me } from './types';

export async function fetchMe(): Promise<Me> {
  // At start-up a 401 only means "not logged in": the session provider decides where to go.
  const me = await request<Me>('GET', '/api/me', { skipAuthRedirect: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function login(username: string, password: string): Promise<Me> {
  // The brief documents `{ me }`; the server (Nov 2026) answers the Me object itself. Accept both.
  const body = await api.post<Me | { me: Me }>('/api/auth/login', { username, password }, { skipAuthRedirect: true });
  const me = 'me' in body ? body.me : body;
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout', undefined, { skipAuthRedirect: true });
  } finally {
    setCsrfToken(null);
  }
}
