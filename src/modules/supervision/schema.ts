/** Request schemas of the supervision routes; types are inferred by the service interfaces. */
import { dateString, pagingQuery } from '../../platform/http/schemas.ts';

export const reminderBody = {
  type: 'object',
  properties: { message: { type: 'string', maxLength: 500 } },
  additionalProperties: false,
} as const;

export const noticeBody = {
  type: 'object',
  required: ['requirements'],
  properties: { requirements: { type: 'string', minLength: 1, maxLength: 4000 }, dueBy: dateString },
  additionalProperties: false,
} as const;

export const noticeQuery = {
  type: 'object',
  properties: { taskId: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;

export const lookBackBody = {
  type: 'object',
  required: ['scope'],
  properties: {
    scope: { type: 'string', enum: ['all', 'source', 'sample'] },
    sourceId: { type: 'integer', minimum: 1 },
    percent: { type: 'integer', minimum: 1, maximum: 100 },
    note: { type: 'string', maxLength: 2000 },
  },
  additionalProperties: false,
} as const;

export const lookBackQuery = { type: 'object', properties: { ...pagingQuery }, additionalProperties: false } as const;

export const checkBody = {
  type: 'object',
  required: ['decision', 'reason'],
  properties: {
    decision: { type: 'string', enum: ['confirm', 'reopen'] },
    reason: { type: 'string', minLength: 1, maxLength: 2000 },
    deadline: dateString,
  },
  additionalProperties: false,
} as const;

export const scanResult = {
  type: 'object',
  properties: { due: { type: 'integer' }, sent: { type: 'integer' }, notified: { type: 'integer' } },
} as const;
