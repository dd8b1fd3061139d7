import { api, importExcel, type Page } from '../../api/client';

export * from './model';
import type { Category, Involvement, Light, SortKey, SourceKind, TaskStatus } from './model';

export interface Ref {
  id: number;
  name: string;
}

export interface TaskItem {
  id: number;
  number: string;
  title: string;
  state: string;
  status: TaskStatus;
  light: Light | null;
  deadline: string | null;
  deadlinePhrase: string | null;
  leadUnit: Ref | null;
  supportingUnits: Ref[];
  owner: { id: number | null; name: string } | null;
  liaison: { id: number | null; name: string } | null;
  category: Category;
  key: boolean;
  source: { id: number; title: string; kind: SourceKind } | null;
  parentId: number | null;
  progress: number;
  latestReport: string | null;
  updatedAt: string;
  version: number;
}

export type TaskAction =
  | 'dispatch'
  | 'acknowledge'
  | 'report'
  | 'requestSignOff'
  | 'signOff'
  | 'returnSignOff'
  | 'requestExtension'
  | 'approveExtension'
  | 'refuseExtension'
  | 'reopen'
  | 'cancel'
  | 'edit'
  | 'delete'
  | 'remind'
  | 'supervisionNotice';

export interface Milestone {
  title?: string;
  due: string;
  doneOn: string | null;
}

export interface TaskDetail extends TaskItem {
  /** Why the light has its colour, by the server's configured rules. */
  lightReasons: ('overdue' | 'deadlineNear' | 'lagging' | 'reportMissing')[];
  description: string | null;
  measures: string | null;
  milestones: Milestone[];
  deadlineHistory: string[];
  tags: string[];
  sourceSpan: { start: number; end: number } | null;
  signOffRequest: { requestedOn?: string } | null;
  signOffReturn: { returnedOn: string; reason: string } | null;
  extensionRequest: { deadline: string; reason: string; requestedOn: string } | null;
  dates: { dispatched: string | null; acknowledged: string | null; lastReport: string | null; signedOff: string | null; reopened: string | null };
  actions: TaskAction[];
}

/** The ledger's filters, as the list endpoint takes them (arrays repeat the parameter). */
export interface TaskFilter {
  unitId?: number;
  involvement?: Involvement;
  status?: TaskStatus[];
  light?: Light[];
  deadlineFrom?: string;
  deadlineTo?: string;
  sourceId?: number;
  category?: Category[];
  ownerId?: number;
  key?: boolean;
  parentId?: number;
  q?: string;
  /** Set by dashboard figures (每个数字可点开): the list behind a period or on-time count. */
  signedOffFrom?: string;
  signedOffTo?: string;
  dispatchedFrom?: string;
  dispatchedTo?: string;
  onTime?: boolean;
}

export interface TaskQuery extends TaskFilter {
  sort?: SortKey;
  page: number;
  pageSize: number;
}

export interface Figure {
  count: number;
  /** The /api/tasks URL listing exactly what `count` counts. */
  list: string;
}

export interface Summary {
  total: Figure;
  byStatus: Partial<Record<TaskStatus, Figure>>;
  byLight: Record<Light, Figure>;
}

export interface WorkBlock {
  count: number;
  list: string;
  items: TaskItem[];
}

export interface MyWork {
  toAcknowledge: WorkBlock;
  reportsDue: WorkBlock;
  inProgress: WorkBlock;
  returned: WorkBlock;
}

export interface Report {
  id: number;
  kind: 'progress' | 'signOffRequest';
  text: string;
  percent: number | null;
  milestone: number | null;
  fileIds: number[];
  review: 'pending' | 'accepted' | 'returned';
  reviewComment: string | null;
  unitName: string | null;
  authorName: string | null;
  reviewerName: string | null;
  createdAt: string;
}

export interface TimelineEntry {
  at: string;
  actor: string | null;
  action: string;
  reason: string | null;
  deadline: string | null;
}

export interface UploadedFile {
  id: number;
  name: string;
  size: number;
}

export interface ActionInput {
  version: number;
  reason?: string;
  deadline?: string;
  text?: string;
  fileIds?: number[];
}

export interface ReportInput {
  text: string;
  percent?: number;
  milestone?: number;
  fileIds?: number[];
}

export interface ImportResult {
  batchId: number | null;
  /** Set when nothing was imported: the server's reason (e.g. 3 rows have problems). */
  rejected?: string;
  imported: number;
  skipped: number;
  errors: { row: number; field: string; message: string }[];
}

// --- sources and the parser ---

export interface Span {
  start: number;
  end: number;
}

export interface ParsedItem {
  number: string;
  level: number;
  kind: 'task' | 'review' | 'principle' | 'heading' | 'paragraph';
  title: string;
  text: string;
  start: number;
  end: number;
  deadline: {
    phrase: string;
    date: string | null;
    until: string | null;
    recurring: boolean;
    /** Every dated limit of the item when it names several; the last is the deadline. */
    milestones?: { phrase: string; date: string }[];
  } | null;
  leads: string[];
  supporting: string[];
  /** Whether each unit name matched the user's unit tree, index for index with leads/supporting. */
  unitsMatched?: { leads: boolean[]; supporting: boolean[] };
  children: ParsedItem[];
  spans?: { number: Span | null; title: Span | null; deadline: Span | null; leads: Span[]; supporting: Span[] };
}

export interface ParseResult {
  title: string;
  date: string | null;
  issuer: string | null;
  salutation: string | null;
  closing: string | null;
  cleanedText: string;
  items: ParsedItem[];
  unitIds: Record<string, number>;
}

export interface DraftItem {
  title: string;
  description?: string;
  measures?: string;
  number?: string;
  leadUnitId?: number | null;
  supportingUnitIds?: number[];
  ownerName?: string | null;
  deadline?: string | null;
  deadlinePhrase?: string | null;
  category?: Category;
  key?: boolean;
  milestones?: { title?: string; due: string; doneOn?: string | null }[];
  start?: number;
  end?: number;
  children?: DraftItem[];
}

export interface PublishInput {
  kind: SourceKind;
  title: string;
  date?: string | null;
  issuer?: string | null;
  text: string;
  items: DraftItem[];
  dispatch?: boolean;
}

export interface SourceSummary {
  id: number;
  kind: SourceKind;
  title: string;
  date: string | null;
  issuer: string | null;
  createdAt: string;
  taskCount?: number;
}

export interface SourceDetail extends SourceSummary {
  text: string;
  fileId: number | null;
}

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
  importExcel<ImportResult>('/api/tasks/import', file, skipBadRows, (b) => ({ batchId: null, imported: 0, skipped: Number(b.skipped ?? 0), errors: b.errors as ImportResult['errors'] }));

export const ledgerApi = {
  list: (query: TaskQuery, signal?: AbortSignal) => api.get<Page<TaskItem>>(withQuery('/api/tasks', query), undefined, signal),
  summary: (f: { unitId?: number; sourceId?: number; category?: Category[] }, signal?: AbortSignal) =>
    api.get<Summary>(withQuery('/api/tasks/summary', f), undefined, signal),
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
  supervisionNotice: (id: number, requirements: string, dueBy?: string) =>
    api.post<{ id: number; number?: string; download?: string }>(`/api/tasks/${id}/supervision-notices`, { requirements, dueBy }),
  supervisionNoticeUrl: (noticeId: number) => `/api/supervision-notices/${noticeId}.docx`,

  uploadFile: (file: File) => {
    return api.upload<UploadedFile>('/api/files', { file });
  },
  fileUrl: (id: number) => `/api/files/${id}`,

};

export const sourcesApi = {
  parseText: (text: string) => api.post<ParseResult>('/api/sources/parse', { text }),
  parseFile: (file: File) => {
    return api.upload<ParseResult>('/api/sources/parse', { file });
  },
  publish: (input: PublishInput) => api.post<{ id: number; taskIds: number[] }>('/api/sources', input),
  list: (page: number, pageSize: number, signal?: AbortSignal) => api.get<Page<SourceSummary>>('/api/sources', { page, pageSize }, signal),
  get: (id: number, signal?: AbortSignal) => api.get<SourceDetail>(`/api/sources/${id}`, undefined, signal),
};
