import { dateString } from '../../platform/http/schemas.ts';
import { SECTION_KEYS } from './domain/compose.ts';

export const createBody = {
  type: 'object',
  required: ['from', 'to'],
  properties: { from: dateString, to: dateString, unitId: { type: 'integer', minimum: 1 }, title: { type: 'string', minLength: 1, maxLength: 200 } },
  additionalProperties: false,
} as const;

export const editBody = {
  type: 'object',
  required: ['version'],
  properties: {
    version: { type: 'integer' },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    sections: { type: 'object', properties: Object.fromEntries(SECTION_KEYS.map((k) => [k, { type: 'string', maxLength: 20000 }])), additionalProperties: false },
  },
  additionalProperties: false,
} as const;

export const issueBody = { type: 'object', required: ['version'], properties: { version: { type: 'integer' } }, additionalProperties: false } as const;
export const listQuery = { type: 'object', properties: { status: { type: 'string', enum: ['draft', 'issued'] } }, additionalProperties: false } as const;
