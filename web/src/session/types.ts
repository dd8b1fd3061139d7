import type { JsonResponse } from '../api/types';

/** GET /api/me and the login response: who I am, what I may do, which menu entries I get. */
export type Me = JsonResponse<'/api/me'>;
