import { api } from '../../api/client';

export interface Role {
  id: number;
  code: string;
  name: string;
  dataScope: string;
  permissions: string[];
  builtin: boolean;
}

export function listRoles(signal?: AbortSignal) {
  return api.get<{ items: Role[] }>('/api/roles', undefined, signal);
}
