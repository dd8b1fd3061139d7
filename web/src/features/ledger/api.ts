import { api, importExcel, type Page } from '../../api/client';

export * from './model';
import type { JsonBody, JsonResponse, QueryOf } from '../../api/types';
import type { SortKey } from './model';

/** A row of the ledger list (also My work's blocks, a problem's measures, the dashboard's top lists). */
export type TaskItem = JsonResponse<'/api/tasks'>['items'][number];
export type TaskDetail = JsonResponse<'/api/tasks/{id}'>;
export type TaskAction = TaskDetail['actions'][number];
export type Milestone = TaskDetail['milestones'][number];

/** The ledger's filters, as the list endpoint takes them (arrays repeat the parameter). */
export type TaskFilter = Omit<QueryOf<'/api/tasks'>, 'page' | 'pageSize' | 'sort'>;
export type TaskQuery = TaskFilter & { sort?: SortKey; page: number; pageSize: number };

export type Summary = JsonResponse<'/api/tasks/summary'>;
export type Figure = Summary['total'];
export type MyWork = JsonResponse<'/api/my-work'>;
export type WorkBlock = MyWork['toAcknowledge'];
export type Report = JsonResponse<'/api/tasks/{id}/reports'>['items'][number];
export type InstructionList = JsonResponse<'/api/tasks/{id}/instructions'>;
/** What a 批示 is written on. */
export interface InstructionTarget {
  kind: 'task' | 'source';
  id: number;
}
export type TimelineEntry = JsonResponse<'/api/tasks/{id}/timeline'>['items'][number];
export type UploadedFile = JsonResponse<'/api/files', 'post'>;
export type ActionInput = JsonBody<'/api/tasks/{id}/actions/{action}'>;
export type ReportInput = JsonBody<'/api/tasks/{id}/reports'>;

/** The import's answer; `rejected` is set by the web when nothing was imported (the server's reason). */
export type ImportResult = JsonResponse<'/api/tasks/import', 'post'> & { rejected?: string };

// --- sources and the parser ---

type Parsed = JsonResponse<'/api/sources/parse', 'post'>;
export type ParseResult = Omit<Parsed, 'items'> & { items: ParsedItem[] };
/** The named fields of a schema object that also passes others through (additionalProperties: true). */
type Named<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
/** An outline item; its children are items again (the schema keeps them whole, unrolled). */
export type ParsedItem = Omit<Named<Parsed['items'][number]>, 'children'> & { children: ParsedItem[] };
export type PublishInput = JsonBody<'/api/sources'>;
export type DraftItem = PublishInput['items'][number];
export type SourceSummary = JsonResponse<'/api/sources'>['items'][number];
export type SourceDetail = JsonResponse<'/api/sources/{id}'>;

/** `status: ['a','b']` → `status=a&status=b`: the list endpoint's arrays repeat the parameter. */
export function toSearch(query: object): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const x of v) p.append(k, String(x));
    else p.set(k, String(v));
  }
  return p.toString();
}

const withQuery = (path: string, query: object) => {
  const qs = toSearch(query);
  return qs ? `${path}?${qs}` : path;
};

/** An import that imported nothing answers 400 with the same row errors: that is a result to show. */
const importTable = (file: File, skipBadRows: boolean) =>
  importExcel<ImportResult>('/api/tasks/import', file, skipBadRows, (b) => ({
    batchId: null,
    imported: 0,
    skipped: Number(b.skipped ?? 0),
    errors: b.errors as ImportResult['errors'],
  }));

export const ledgerApi = {
  list: (query: TaskQuery, signal?: AbortSignal) => api.get<Page<TaskItem>>(withQuery('/api/tasks', query), undefined, signal),
  summary: (f: TaskFilter, signal?: AbortSignal) => api.get<Summary>(withQuery('/api/tasks/summary', f), undefined, signal),
  exportUrl: (f: TaskFilter & { sort?: SortKey }) => withQuery('/api/tasks/export.xlsx', f),
  importTemplateUrl: '/api/tasks/import-template.xlsx',
  import: importTable,
  undoImport: (batchId: number) => api.post<unknown>(`/api/imports/${batchId}/undo`),
  dispatchMany: (ids: number[]) => api.post<unknown>('/api/tasks/dispatch', { ids }),
  myWork: (signal?: AbortSignal) => api.get<MyWork>('/api/my-work', undefined, signal),

  get: (id: number, signal?: AbortSignal) => api.get<TaskDetail>(`/api/tasks/${id}`, undefined, signal),
  act: (id: number, action: TaskAction, input: ActionInput) => api.post<TaskDetail>(`/api/tasks/${id}/actions/${action}`, input),
  update: (id: number, input: Partial<DraftItem> & { version: number }) => api.patch<TaskDetail>(`/api/tasks/${id}`, input),
  remove: (id: number, version: number) => api.delete<void>(`/api/tasks/${id}?version=${version}`),
  reports: (id: number, signal?: AbortSignal) => api.get<{ items: Report[] }>(`/api/tasks/${id}/reports`, undefined, signal),
  report: (id: number, input: ReportInput) => api.post<{ id: number }>(`/api/tasks/${id}/reports`, input),
  review: (reportId: number, decision: 'accepted' | 'returned', comment?: string) => api.post<void>(`/api/reports/${reportId}/review`, { decision, comment }),
  timeline: (id: number, signal?: AbortSignal) => api.get<{ items: TimelineEntry[] }>(`/api/tasks/${id}/timeline`, undefined, signal),
  remind: (id: number, message?: string) => api.post<unknown>(`/api/tasks/${id}/reminders`, { message }),
  supervisionNotice: (id: number, input: { requirements: string; dueBy?: string; signer?: string; phone?: string }) =>
    api.post<{ id: number; number?: string; download?: string }>(`/api/tasks/${id}/supervision-notices`, input),
  supervisionNoticeUrl: (noticeId: number) => `/api/supervision-notices/${noticeId}.docx`,

  uploadFile: (file: File) => {
    return api.upload<UploadedFile>('/api/files', { file });
  },
  fileUrl: (id: number) => `/api/files/${id}`,
};

const instructionPath = (target: InstructionTarget) => `/api/${target.kind === 'task' ? 'tasks' : 'sources'}/${target.id}/instructions`;
/** 批示: a leader's comment on a task or a source; 转为来源 makes a source of it. */
export const instructionsApi = {
  list: (target: InstructionTarget, signal?: AbortSignal) => api.get<InstructionList>(instructionPath(target), undefined, signal),
  write: (target: InstructionTarget, text: string) => api.post<{ id: number }>(instructionPath(target), { text }),
  convert: (id: number) => api.post<{ id: number }>(`/api/instructions/${id}/convert`),
};

export const sourcesApi = {
  parseText: (text: string) => api.post<ParseResult>('/api/sources/parse', { text }),
  parseFile: (file: File) => {
    return api.upload<ParseResult>('/api/sources/parse', { file });
  },
  publish: (input: PublishInput) => api.post<{ id: number; taskIds: number[] }>('/api/sources', input),
  list: (page: number, pageSize: number, signal?: AbortSignal) => api.get<Page<SourceSummary>>('/api/sources', { page, pageSize }, signal),
  duplicates: (body: JsonBody<'/api/sources/duplicates', 'post'>) => api.post<JsonResponse<'/api/sources/duplicates', 'post'>>('/api/sources/duplicates', body),
  get: (id: number, signal?: AbortSignal) => api.get<SourceDetail>(`/api/sources/${id}`, undefined, signal),
};
