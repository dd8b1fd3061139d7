import { api, type Page } from '../../api/client';
import type { JsonBody, JsonResponse, QueryOf } from '../../api/types';

/** A user as the server answers it; `phone` is masked (138****1234) unless the viewer may read personal data. */
export type User = JsonResponse<'/api/users/{id}'>;

/** The list's filters, as the route takes them; the page always sends its paging. */
export type UserQuery = QueryOf<'/api/users'> & { page: number; pageSize: number };

export type CreateUserInput = JsonBody<'/api/users'>;
export type UpdateUserInput = JsonBody<'/api/users/{id}', 'patch'>;
export type GrantInput = JsonBody<'/api/users/{id}/grants', 'put'>['grants'][number];

export const usersApi = {
  list: (query: UserQuery, signal?: AbortSignal) => api.get<Page<User>>('/api/users', { ...query }, signal),
  get: (id: number, signal?: AbortSignal) => api.get<User>(`/api/users/${id}`, undefined, signal),
  create: (input: CreateUserInput) => api.post<User>('/api/users', input),
  update: (id: number, input: UpdateUserInput) => api.patch<User>(`/api/users/${id}`, input),
  resetPassword: (id: number, password: string) =>
    api.post<void>(`/api/users/${id}/reset-password`, { password } satisfies JsonBody<'/api/users/{id}/reset-password'>),
  unlock: (id: number) => api.post<void>(`/api/users/${id}/unlock`),
  setGrants: (id: number, grants: GrantInput[]) => api.put<User>(`/api/users/${id}/grants`, { grants } satisfies JsonBody<'/api/users/{id}/grants', 'put'>),
};
