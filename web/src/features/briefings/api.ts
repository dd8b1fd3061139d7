import { api } from '../../api/client';
import type { JsonBody, JsonResponse, QueryOf } from '../../api/types';

export type Briefing = JsonResponse<'/api/briefings/{id}'>;
export type BriefingSummary = JsonResponse<'/api/briefings'>['items'][number];
export type BriefingStatus = Briefing['status'];
export type SectionKey = Briefing['content']['sections'][number]['key'];
/** The figures a briefing was drafted from, frozen with it. */
export type BriefingFigures = Briefing['content']['figures'];
/** A row of the briefing's table 各单位推进情况 (figures as printed: rate '87.5%'). */
export type BriefingUnitRow = BriefingFigures['rows'][number];
export type BriefingOverdueUnit = BriefingFigures['overdueUnits'][number];

type CreateBriefingInput = JsonBody<'/api/briefings'>;
type EditBriefingInput = JsonBody<'/api/briefings/{id}', 'patch'>;

export const briefingsApi = {
  list: (status?: BriefingStatus, signal?: AbortSignal) =>
    api.get<JsonResponse<'/api/briefings'>>('/api/briefings', { status } satisfies QueryOf<'/api/briefings'>, signal),
  get: (id: number, signal?: AbortSignal) => api.get<Briefing>(`/api/briefings/${id}`, undefined, signal),
  create: (input: CreateBriefingInput) => api.post<Briefing>('/api/briefings', input),
  edit: (id: number, input: EditBriefingInput) => api.patch<Briefing>(`/api/briefings/${id}`, input),
  issue: (id: number, version: number) => api.post<Briefing>(`/api/briefings/${id}/issue`, { version } satisfies JsonBody<'/api/briefings/{id}/issue'>),
  docxUrl: (id: number) => `/api/briefings/${id}.docx`,
  xlsxUrl: (id: number) => `/api/briefings/${id}/tables.xlsx`,
};
