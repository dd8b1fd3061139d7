import { api, type Page } from '../../api/client';
import { allOf, type JsonBody, type JsonResponse, type QueryOf } from '../../api/types';

/** A unit as the tree lists it (every unit the caller may see). */
export type TreeUnit = JsonResponse<'/api/units/tree'>['items'][number];
export type UnitKind = TreeUnit['kind'];
export const unitKinds = allOf<UnitKind>()(['city', 'district', 'street', 'community', 'department', 'soe', 'university', 'hospital', 'nonPublic', 'other']);

/** A list row, which also names its parent. */
export type Unit = JsonResponse<'/api/units'>['items'][number];
/** A created or changed unit, as POST and PATCH answer it (no parent name). */
export type SavedUnit = JsonResponse<'/api/units', 'post'>;

/** `ancestors` run from the root down to the parent; the last one is the parent. */
export type UnitDetail = JsonResponse<'/api/units/{id}'>;

/** The list filters, from the route's query schema. */
export type UnitQuery = QueryOf<'/api/units'>;

export type CreateUnitInput = JsonBody<'/api/units'>;
export type UpdateUnitInput = JsonBody<'/api/units/{id}', 'patch'>;

export const unitsApi = {
  tree: (signal?: AbortSignal) => api.get<JsonResponse<'/api/units/tree'>>('/api/units/tree', undefined, signal),
  list: (query: UnitQuery, signal?: AbortSignal) => api.get<Page<Unit>>('/api/units', { ...query }, signal),
  get: (id: number, signal?: AbortSignal) => api.get<UnitDetail>(`/api/units/${id}`, undefined, signal),
  create: (input: CreateUnitInput) => api.post<SavedUnit>('/api/units', input),
  update: (id: number, input: UpdateUnitInput) => api.patch<JsonResponse<'/api/units/{id}', 'patch'>>(`/api/units/${id}`, input),
};

/** The issuing department (发文机关, 机关代字) every document is signed and numbered with. */
export type Issuer = JsonResponse<'/api/issuer'>;
export type IssuerInput = JsonBody<'/api/issuer', 'put'>;
export const issuerApi = {
  get: (signal?: AbortSignal) => api.get<Issuer>('/api/issuer', undefined, signal),
  set: (input: IssuerInput) => api.put<Issuer>('/api/issuer', input),
};
