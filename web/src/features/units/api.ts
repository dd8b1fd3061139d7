import { api, type Page } from '../../api/client';
import type { JsonBody, JsonResponse, QueryOf } from '../../api/types';

export const unitKinds = ['city', 'district', 'street', 'community', 'department', 'soe', 'university', 'hospital', 'nonPublic', 'other'] as const;
export type UnitKind = (typeof unitKinds)[number];

export interface TreeUnit {
  id: number;
  parentId: number | null;
  name: string;
  kind: UnitKind;
  level: number;
  version: number;
}

export interface Unit extends TreeUnit {
  parentName: string | null;
}

export interface UnitDetail extends TreeUnit {
  /** From the root down to the parent; the last one is the parent. */
  ancestors: { id: number; name: string }[];
}

/** The list filters, from the route's query schema. */
export type UnitQuery = QueryOf<'/api/units'>;

export interface CreateUnitInput {
  name: string;
  kind: UnitKind;
  parentId: number | null;
}

export interface UpdateUnitInput {
  version: number;
  name?: string;
  kind?: UnitKind;
  parentId?: number | null;
}

export const unitsApi = {
  tree: (signal?: AbortSignal) => api.get<{ items: TreeUnit[] }>('/api/units/tree', undefined, signal),
  list: (query: UnitQuery, signal?: AbortSignal) => api.get<Page<Unit>>('/api/units', { ...query }, signal),
  get: (id: number, signal?: AbortSignal) => api.get<UnitDetail>(`/api/units/${id}`, undefined, signal),
  create: (input: CreateUnitInput) => api.post<Unit>('/api/units', input),
  update: (id: number, input: UpdateUnitInput) => api.patch<Unit>(`/api/units/${id}`, input),
};

/** The issuing department (发文机关, 机关代字) every document is signed and numbered with. */
export type Issuer = JsonResponse<'/api/issuer'>;
export type IssuerInput = JsonBody<'/api/issuer', 'put'>;
export const issuerApi = {
  get: (signal?: AbortSignal) => api.get<Issuer>('/api/issuer', undefined, signal),
  set: (input: IssuerInput) => api.put<Issuer>('/api/issuer', input),
};
