import { api, type Page } from '../../api/client';

export interface AuditRow {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** JSON text of the record's fields before and after; personal fields are already masked. */
  before: string | null;
  after: string | null;
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  action?: string;
  actor?: string;
  /** ISO date-times; `to` is exclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export type VerifyProblem = 'changed' | 'removedBefore' | 'removedAtEnd';

export interface VerifyResult {
  ok: boolean;
  rows: number;
  firstBad?: { id: number; problem: VerifyProblem };
}

export const auditApi = {
  list: (query: AuditQuery, signal?: AbortSignal) => api.get<Page<AuditRow>>('/api/audit', { ...query }, signal),
  verify: () => api.get<VerifyResult>('/api/audit/verify'),
};
