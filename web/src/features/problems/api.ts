import { api, importExcel, type Page } from '../../api/client';
import type { JsonBody, JsonResponse, QueryOf } from '../../api/types';
import { toSearch } from '../ledger/api';

export * from './model';

/** A row of the problem list; `daysLeft` is negative when past and null once rectified, `warnAt` the nearest warning threshold passed. */
export type ProblemItem = JsonResponse<'/api/problems'>['items'][number];
/** A problem with its measures (each a ledger task of category problem), prompts and the actions this reader may take. */
export type ProblemDetail = JsonResponse<'/api/problems/{id}'>;
/** A prompt about vague data (措施无时限、无责任人…): shown, never blocking. */
export type Prompt = ProblemDetail['warnings'][number];

/** The list's filters, as the route takes them (arrays repeat the parameter); the page always sends its paging. */
export type ProblemFilter = Omit<QueryOf<'/api/problems'>, 'page' | 'pageSize'>;
export type ProblemQuery = ProblemFilter & { page: number; pageSize: number };

type CreateInput = JsonBody<'/api/problems'>;
type UpdateInput = JsonBody<'/api/problems/{id}', 'patch'>;
/** The fields the record and edit forms fill in. */
export type ProblemFields = Pick<CreateInput, 'sourceKind' | 'sourceTitle' | 'finding' | 'category' | 'severity' | 'unitId' | 'foundOn' | 'deadline'>;
export type MeasureInput = JsonBody<'/api/problems/{id}/measures'>;
type AcceptInput = JsonBody<'/api/problems/{id}/accept'>;
type RefuseInput = JsonBody<'/api/problems/{id}/refuse-acceptance'>;

/** The import's answer; `rejected` is set by the web when nothing was imported (the server's reason). */
export type ProblemImportResult = JsonResponse<'/api/problems/import', 'post'> & { rejected?: string };

const withQuery = (path: string, query: object) => {
  const qs = toSearch(query);
  return qs ? `${path}?${qs}` : path;
};

/** An import that imported nothing answers 400 with the row errors: a result to show, not a failure. */
const importTable = (file: File, skipBadRows: boolean) =>
  importExcel<ProblemImportResult>('/api/problems/import', file, skipBadRows, (b) => ({
    batchId: null,
    imported: 0,
    skipped: Number(b.skipped ?? 0),
    problemIds: [],
    errors: b.errors as ProblemImportResult['errors'],
  }));

export const problemsApi = {
  list: (query: ProblemQuery, signal?: AbortSignal) => api.get<Page<ProblemItem>>(withQuery('/api/problems', query), undefined, signal),
  get: (id: number, signal?: AbortSignal) => api.get<ProblemDetail>(`/api/problems/${id}`, undefined, signal),
  create: (input: CreateInput) => api.post<ProblemDetail>('/api/problems', input),
  update: (id: number, input: UpdateInput) => api.patch<ProblemDetail>(`/api/problems/${id}`, input),
  addMeasure: (id: number, input: MeasureInput) => api.post<JsonResponse<'/api/problems/{id}/measures', 'post'>>(`/api/problems/${id}/measures`, input),
  dispatch: (id: number) => api.post<ProblemDetail>(`/api/problems/${id}/dispatch`),
  accept: (id: number, input: AcceptInput) => api.post<ProblemDetail>(`/api/problems/${id}/accept`, input),
  refuse: (id: number, input: RefuseInput) => api.post<ProblemDetail>(`/api/problems/${id}/refuse-acceptance`, input),
  categories: (signal?: AbortSignal) => api.get<JsonResponse<'/api/problem-categories'>>('/api/problem-categories', undefined, signal),
  exportUrl: (f: ProblemFilter) => withQuery('/api/problems/export.xlsx', f),
  importTemplateUrl: '/api/problems/import-template.xlsx',
  import: importTable,
};
