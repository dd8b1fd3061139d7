import type { FromSchema } from 'json-schema-to-ts';
import { pagingQuery } from '../../platform/http/schemas.ts';

/** The audit log's filters: the one definition the route validates, the repo reads and the web's types are generated from. */
export const auditFilterProperties = {
  entity: { type: 'string' },
  entityId: { type: 'string' },
  action: { type: 'string' },
  actor: { type: 'string' },
  /** Instants: rows at or after `from`, before `to`. */
  from: { type: 'string', format: 'date-time' },
  to: { type: 'string', format: 'date-time' },
} as const;

export const auditQuery = {
  type: 'object',
  properties: { ...pagingQuery, ...auditFilterProperties },
  additionalProperties: false,
} as const;

export type AuditFilter = FromSchema<{ type: 'object'; properties: typeof auditFilterProperties; additionalProperties: false }>;
