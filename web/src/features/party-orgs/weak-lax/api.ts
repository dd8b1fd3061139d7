import { api, type Page } from '../../../api/client';
import { allOf, type JsonBody, type JsonResponse, type QueryOf } from '../../../api/types';
import { withQuery } from '../api';

/** A row of the weak-and-lax ledger: a screening with criteria met, and its designation once there is one. */
export type WeakLaxItem = JsonResponse<'/api/party-orgs/weak-lax'>['items'][number];
/** A designation with its plan, measures (ledger tasks), acceptances, look-backs and the actions this reader may take. */
export type WeakLaxDetail = JsonResponse<'/api/party-orgs/weak-lax/{id}'>;
export type WeakLaxFigures = JsonResponse<'/api/party-orgs/weak-lax/figures'>;
export type Criterion = JsonResponse<'/api/party-orgs/weak-lax/criteria'>['items'][number];
export type WeakLaxFilter = Omit<QueryOf<'/api/party-orgs/weak-lax'>, 'page' | 'pageSize'>;
export type WeakLaxQuery = WeakLaxFilter & { page: number; pageSize: number };
export type WeakLaxMeasureInput = JsonBody<'/api/party-orgs/weak-lax/{id}/measures'>;
type ScreeningInput = JsonBody<'/api/party-orgs/weak-lax/screenings'>;
type DesignateInput = JsonBody<'/api/party-orgs/{id}/weak-lax/designation'>;
type AcceptInput = JsonBody<'/api/party-orgs/weak-lax/{id}/accept'>;
type LookBackInput = JsonBody<'/api/party-orgs/weak-lax/{id}/look-back'>;

export type WeakLaxStatus = WeakLaxItem['status'];
export const weakLaxStatuses = allOf<WeakLaxStatus>()(['screened', 'designated', 'rectifying', 'watched', 'closed']);
export type WeakLaxStage = NonNullable<WeakLaxFilter['stage']>;
export const weakLaxStages = allOf<WeakLaxStage>()(['designated', 'rectifying', 'accepted', 'watched']);
export type CriterionCategory = Criterion['category'];
export const criterionCategories = allOf<CriterionCategory>()(['team', 'organizationalLife', 'governance', 'development']);

export const weakLaxApi = {
  list: (query: WeakLaxQuery, signal?: AbortSignal) => api.get<Page<WeakLaxItem>>(withQuery('/api/party-orgs/weak-lax', query), undefined, signal),
  figures: (query: { year?: number; unitId?: number }, signal?: AbortSignal) =>
    api.get<WeakLaxFigures>(withQuery('/api/party-orgs/weak-lax/figures', query), undefined, signal),
  criteria: (signal?: AbortSignal) => api.get<JsonResponse<'/api/party-orgs/weak-lax/criteria'>>('/api/party-orgs/weak-lax/criteria', undefined, signal),
  screen: (input: ScreeningInput) => api.post<JsonResponse<'/api/party-orgs/weak-lax/screenings', 'post'>>('/api/party-orgs/weak-lax/screenings', input),
  designate: (orgId: number, input: DesignateInput) => api.post<WeakLaxDetail>(`/api/party-orgs/${orgId}/weak-lax/designation`, input),
  get: (id: number, signal?: AbortSignal) => api.get<WeakLaxDetail>(`/api/party-orgs/weak-lax/${id}`, undefined, signal),
  setPlan: (id: number, plan: string, version: number) => api.put<WeakLaxDetail>(`/api/party-orgs/weak-lax/${id}/plan`, { plan, version }),
  addMeasure: (id: number, input: WeakLaxMeasureInput) =>
    api.post<JsonResponse<'/api/party-orgs/weak-lax/{id}/measures', 'post'>>(`/api/party-orgs/weak-lax/${id}/measures`, input),
  dispatch: (id: number) => api.post<WeakLaxDetail>(`/api/party-orgs/weak-lax/${id}/dispatch`),
  accept: (id: number, input: AcceptInput) => api.post<WeakLaxDetail>(`/api/party-orgs/weak-lax/${id}/accept`, input),
  settings: (signal?: AbortSignal) => api.get<JsonResponse<'/api/party-orgs/weak-lax/settings'>>('/api/party-orgs/weak-lax/settings', undefined, signal),
  lookBack: (id: number, input: LookBackInput) => api.post<WeakLaxDetail>(`/api/party-orgs/weak-lax/${id}/look-back`, input),
};
