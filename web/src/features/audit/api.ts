import { api, type Page } from '../../api/client';
import type { JsonResponse, QueryOf } from '../../api/types';

/** A row of the log; `before` and `after` are JSON text of the record's fields, personal fields already masked. */
export type AuditRow = JsonResponse<'/api/audit'>['items'][number];
/** One change of a row, in words: the field's label and both values rendered. */
export type AuditChange = AuditRow['changes'][number];

/** The log's filters (`from`, `to`: ISO date-times, `to` exclusive) and the page the table shows. */
export type AuditQuery = QueryOf<'/api/audit'> & { page: number; pageSize: number };

export type VerifyResult = JsonResponse<'/api/audit/verify'>;

export const auditApi = {
  list: (query: AuditQuery, signal?: AbortSignal) => api.get<Page<AuditRow>>('/api/audit', { ...query }, signal),
  verify: () => api.get<VerifyResult>('/api/audit/verify'),
};
