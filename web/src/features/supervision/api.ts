import { api, type Page } from '../../api/client';
import type { Light, TaskStatus } from '../ledger/model';

export type LookBackScope = 'all' | 'source' | 'sample';
export type CheckDecision = 'confirm' | 'reopen';

export interface LookBack {
  id: number;
  scope: LookBackScope;
  sourceId: number | null;
  percent: number | null;
  note: string | null;
  seed: string;
  /** Signed-off tasks in scope when it was scheduled (the sample is drawn from these). */
  candidates: number;
  createdBy: { id: number; name: string };
  createdAt: string;
  counts: { total: number; pending: number; confirmed: number; reopened: number };
}

export interface LookBackCheck {
  id: number;
  lookBackId: number;
  task: {
    id: number;
    number: string;
    title: string;
    state: string;
    status: TaskStatus;
    light: Light | null;
    deadline: string | null;
    leadUnit: { id: number; name: string } | null;
  };
  decision: CheckDecision | null;
  reason: string | null;
  deadline: string | null;
  decidedBy: { id: number; name: string } | null;
  decidedAt: string | null;
}

export interface LookBackDetail extends LookBack {
  checks: LookBackCheck[];
}

export interface LookBackInput {
  scope: LookBackScope;
  sourceId?: number;
  percent?: number;
  note?: string;
}

export interface DecisionInput {
  decision: CheckDecision;
  reason: string;
  deadline?: string;
}

export const lookBacksApi = {
  list: (page: number, pageSize: number, signal?: AbortSignal) => api.get<Page<LookBack>>('/api/look-backs', { page, pageSize }, signal),
  get: (id: number, signal?: AbortSignal) => api.get<LookBackDetail>(`/api/look-backs/${id}`, undefined, signal),
  create: (input: LookBackInput) => api.post<LookBackDetail>('/api/look-backs', input),
  decide: (checkId: number, input: DecisionInput) => api.post<LookBackCheck>(`/api/look-back-checks/${checkId}`, input),
};
