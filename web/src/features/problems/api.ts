import { api, importExcel, type Page } from '../../api/client';
import { toSearch, type Light, type TaskItem } from '../ledger/api';
import type { ProblemAction, ProblemSourceKind, ProblemStatus, Severity } from './model';

export * from './model';

export interface Ref {
  id: number;
  name: string;
}

export interface ProblemItem {
  id: number;
  sourceKind: ProblemSourceKind;
  sourceTitle: string;
  sourceId: number | null;
  taskId: number | null;
  lookBackCheckId: number | null;
  finding: string;
  category: string;
  severity: Severity;
  unit: Ref | null;
  foundOn: string | null;
  deadline: string;
  status: ProblemStatus;
  light: Light | null;
  /** Days until the deadline (negative when past); null once rectified. */
  daysLeft: number | null;
  /** The nearest warning threshold passed (20, 10), or null. */
  warnAt: number | null;
  measureCounts: { total: number; draft: number; signedOff: number };
  acceptance: { at: string; by: Ref | null; comment: string; fileIds: number[] } | null;
  refusal: { at: string; by: Ref | null; reason: string } | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A prompt about vague data (措施无时限、无责任人…): shown, never blocking. */
export interface Prompt {
  field: string;
  code: string;
  message: string;
}

export interface ProblemDetail extends ProblemItem {
  /** Each measure is a ledger task (category problem). */
  measures: TaskItem[];
  warnings: Prompt[];
  actions: ProblemAction[];
}

export interface ProblemFilter {
  unitId?: number;
  status?: ProblemStatus[];
  category?: string[];
  severity?: Severity[];
  sourceKind?: ProblemSourceKind[];
  light?: Light[];
  q?: string;
}

export interface ProblemQuery extends ProblemFilter {
  page: number;
  pageSize: number;
}

export interface ProblemFields {
  sourceKind: ProblemSourceKind;
  sourceTitle: string;
  finding: string;
  category: string;
  severity?: Severity;
  unitId: number;
  foundOn?: string | null;
  deadline: string;
}

export interface MeasureInput {
  title: string;
  leadUnitId?: number;
  supportingUnitIds?: number[];
  ownerName?: string | null;
  deadline?: string | null;
  description?: string;
}

export interface ProblemImportResult {
  imported: number;
  skipped: number;
  problemIds: number[];
  errors: { row: number; field: string; message: string }[];
  /** Set when nothing was imported: the server's reason. */
  rejected?: string;
}

const withQuery = (path: string, query: object) => {
  const qs = toSearch(query);
  return qs ? `${path}?${qs}` : path;
};

/** An import that imported nothing answers 400 with the row errors: a result to show, not a failure. */
const importTable = (file: File, skipBadRows: boolean) =>
  importExcel<ProblemImportResult>('/api/problems/import', file, skipBadRows, (b) => ({ imported: 0, skipped: Number(b.skipped ?? 0), problemIds: [], errors: b.errors as ProblemImportResult['errors'] }));

export const problemsApi = {
  list: (query: ProblemQuery, signal?: AbortSignal) => api.get<Page<ProblemItem>>(withQuery('/api/problems', query), undefined, signal),
  get: (id: number, signal?: AbortSignal) => api.get<ProblemDetail>(`/api/problems/${id}`, undefined, signal),
  create: (input: ProblemFields & { measures?: MeasureInput[] }) => api.post<ProblemDetail>('/api/problems', input),
  update: (id: number, input: Partial<ProblemFields> & { version: number }) => api.patch<ProblemDetail>(`/api/problems/${id}`, input),
  addMeasure: (id: number, input: MeasureInput) => api.post<{ taskId: number; warnings: Prompt[] }>(`/api/problems/${id}/measures`, input),
  dispatch: (id: number) => api.post<ProblemDetail>(`/api/problems/${id}/dispatch`),
  accept: (id: number, input: { comment: string; fileIds: number[]; version?: number }) => api.post<ProblemDetail>(`/api/problems/${id}/accept`, input),
  refuse: (id: number, input: { reason: string; version?: number }) => api.post<ProblemDetail>(`/api/problems/${id}/refuse-acceptance`, input),
  categories: (signal?: AbortSignal) => api.get<{ items: string[] }>('/api/problem-categories', undefined, signal),
  exportUrl: (f: ProblemFilter) => withQuery('/api/problems/export.xlsx', f),
  importTemplateUrl: '/api/problems/import-template.xlsx',
  import: importTable,
};
