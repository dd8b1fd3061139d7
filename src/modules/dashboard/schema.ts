import { dateString } from '../../platform/http/schemas.ts';

const scopeQuery = { unitId: { type: 'integer', minimum: 1 }, from: dateString, to: dateString } as const;

export const dashboardQuery = {
  type: 'object',
  properties: { ...scopeQuery, bucket: { type: 'string', enum: ['week', 'month'] }, top: { type: 'integer', minimum: 0, maximum: 50 } },
  additionalProperties: false,
} as const;

export const battleMapQuery = {
  type: 'object',
  properties: { ...scopeQuery, groupBy: { type: 'string', enum: ['unit', 'source'] } },
  additionalProperties: false,
} as const;

export const rankingQuery = { type: 'object', properties: scopeQuery, additionalProperties: false } as const;

const weight = { type: 'number', minimum: 0, maximum: 100 } as const;
export const weightsBody = {
  type: 'object',
  required: ['completion', 'onTime', 'overdue', 'rectification'],
  properties: { completion: weight, onTime: weight, overdue: weight, rectification: weight },
  additionalProperties: false,
} as const;
