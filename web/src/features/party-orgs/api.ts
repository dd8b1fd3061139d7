import { api, importExcel, type Page } from '../../api/client';
import type { JsonBody, JsonResponse, QueryOf } from '../../api/types';
import { toSearch } from '../ledger/api';
import { pagePathFor } from '../dashboard/shared/figure-path';

export * from './model';

/** A row of the registry list. */
export type PartyOrgItem = JsonResponse<'/api/party-orgs'>['items'][number];
/** An organization with its term, committee, first secretary, term changes, linked tasks. */
export type PartyOrgDetail = JsonResponse<'/api/party-orgs/{id}'>;
export type TreeOrg = JsonResponse<'/api/party-orgs/tree'>['items'][number];
export type RenewalItem = JsonResponse<'/api/party-orgs/renewals'>['items'][number];
export type Coverage = JsonResponse<'/api/party-orgs/coverage'>;
export type CoverageUnit = JsonResponse<'/api/party-orgs/coverage/units'>['items'][number];
export type CoverageUnitsFilter = Omit<QueryOf<'/api/party-orgs/coverage/units'>, 'page' | 'pageSize'>;

export type PartyOrgFilter = Omit<QueryOf<'/api/party-orgs'>, 'page' | 'pageSize'>;
export type PartyOrgQuery = PartyOrgFilter & { page: number; pageSize: number };
export type RenewalFilter = Omit<QueryOf<'/api/party-orgs/renewals'>, 'page' | 'pageSize'>;
export type RenewalQuery = RenewalFilter & { page: number; pageSize: number };

export type PartyOrgInput = JsonBody<'/api/party-orgs'>;
type UpdateInput = JsonBody<'/api/party-orgs/{id}', 'put'>;
export type TermChangeInput = JsonBody<'/api/party-orgs/{id}/term-changes'>;

export type PartyOrgImportResult = JsonResponse<'/api/party-orgs/import', 'post'> & { rejected?: string };

export const withQuery = (path: string, query: object) => {
  const qs = toSearch(query);
  return qs ? `${path}?${qs}` : path;
};

const importTable = (file: File, skipBadRows: boolean) =>
  importExcel<PartyOrgImportResult>('/api/party-orgs/import', file, skipBadRows, (b) => ({
    batchId: null,
    imported: 0,
    skipped: Number(b.skipped ?? 0),
    orgIds: [],
    errors: b.errors as PartyOrgImportResult['errors'],
  }));

export const partyOrgsApi = {
  list: (query: PartyOrgQuery, signal?: AbortSignal) => api.get<Page<PartyOrgItem>>(withQuery('/api/party-orgs', query), undefined, signal),
  tree: (unitId: number | undefined, signal?: AbortSignal) =>
    api.get<JsonResponse<'/api/party-orgs/tree'>>(withQuery('/api/party-orgs/tree', { unitId }), undefined, signal),
  get: (id: number, signal?: AbortSignal) => api.get<PartyOrgDetail>(`/api/party-orgs/${id}`, undefined, signal),
  create: (input: PartyOrgInput) => api.post<PartyOrgDetail>('/api/party-orgs', input),
  update: (id: number, input: UpdateInput) => api.put<PartyOrgDetail>(`/api/party-orgs/${id}`, input),
  remove: (id: number) => api.delete<unknown>(`/api/party-orgs/${id}`),
  renewals: (query: RenewalQuery, signal?: AbortSignal) => api.get<Page<RenewalItem>>(withQuery('/api/party-orgs/renewals', query), undefined, signal),
  termChange: (id: number, input: TermChangeInput) => api.post<PartyOrgDetail>(`/api/party-orgs/${id}/term-changes`, input),
  renewalTasks: (id: number) => api.post<JsonResponse<'/api/party-orgs/{id}/renewal-tasks', 'post'>>(`/api/party-orgs/${id}/renewal-tasks`),
  coverage: (unitId: number | undefined, signal?: AbortSignal) => api.get<Coverage>(withQuery('/api/party-orgs/coverage', { unitId }), undefined, signal),
  coverageUnits: (query: CoverageUnitsFilter & { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<Page<CoverageUnit>>(withQuery('/api/party-orgs/coverage/units', query), undefined, signal),
  exportUrl: (f: PartyOrgFilter) => withQuery('/api/party-orgs/export.xlsx', f),
  importTemplateUrl: '/api/party-orgs/import-template.xlsx',
  import: importTable,
  undoImport: (batchId: number) => api.post<unknown>(`/api/party-orgs/imports/${batchId}/undo`),
};

/** A figure's list as the server names it (an API URL with its filters) → the page that shows that list. */
export function pageOf(list: string): string {
  // Coverage's units are listed under the coverage figures themselves.
  return list.startsWith('/api/party-orgs/coverage/units') ? list.replace('/api/party-orgs/coverage/units', '/party-orgs/coverage') : pagePathFor(list);
}
