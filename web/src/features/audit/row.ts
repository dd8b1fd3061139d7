import type { JsonResponse } from '../../api/types';

/** One row of the log as the server sends it, with its words (action, record, person's unit, changes). */
export type AuditRowInWords = JsonResponse<'/api/audit'>['items'][number];
export type AuditChange = AuditRowInWords['changes'][number];
