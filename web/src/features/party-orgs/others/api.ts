import { api } from '../../../api/client';
import { allOf, type JsonBody, type JsonResponse, type QueryOf } from '../../../api/types';
import { withQuery } from '../api';

export type Assessments = JsonResponse<'/api/party-orgs/standards/assessments'>;
export type Assessment = Assessments['items'][number];
export type AssessmentFilter = Omit<QueryOf<'/api/party-orgs/standards/assessments'>, 'page' | 'pageSize'>;
export type LiaisonPoints = JsonResponse<'/api/party-orgs/liaison-points'>;
export type Incomes = JsonResponse<'/api/party-orgs/collective-economy'>;
export type Income = Incomes['items'][number];
export type IncomeFilter = Omit<QueryOf<'/api/party-orgs/collective-economy'>, 'page' | 'pageSize'>;
export type IncomeClass = Income['class'];
export const incomeClasses = allOf<IncomeClass>()(['hollow', 'weak', 'ok', 'unreported']);

type Paged<F> = F & { page: number; pageSize: number };

export const orgWorkApi = {
  templates: (signal?: AbortSignal) => api.get<JsonResponse<'/api/party-orgs/standards'>>('/api/party-orgs/standards', undefined, signal),
  assess: (orgId: number, input: JsonBody<'/api/party-orgs/{id}/standard-assessment', 'put'>) =>
    api.put<Assessment>(`/api/party-orgs/${orgId}/standard-assessment`, input),
  assessments: (q: Paged<AssessmentFilter>, signal?: AbortSignal) =>
    api.get<Assessments>(withQuery('/api/party-orgs/standards/assessments', q), undefined, signal),
  liaisonPoints: (unitId: number | undefined, signal?: AbortSignal) =>
    api.get<LiaisonPoints>(withQuery('/api/party-orgs/liaison-points', { unitId }), undefined, signal),
  setIncome: (orgId: number, input: JsonBody<'/api/party-orgs/{id}/collective-income', 'put'>) =>
    api.put<Income>(`/api/party-orgs/${orgId}/collective-income`, input),
  incomes: (q: Paged<IncomeFilter>, signal?: AbortSignal) => api.get<Incomes>(withQuery('/api/party-orgs/collective-economy', q), undefined, signal),
};
