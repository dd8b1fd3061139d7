import { listOf, pagingQuery } from '../../platform/http/schemas.ts';
import { unitKinds } from './domain/kinds.ts';

export const unit = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    parentId: { type: ['integer', 'null'] },
    name: { type: 'string' },
    kind: { type: 'string', enum: unitKinds },
    level: { type: 'integer' },
    sortOrder: { type: 'integer' },
    version: { type: 'integer' },
  },
} as const;

const name = { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' } as const;
const kind = { type: 'string', enum: unitKinds } as const;

export const listUnitsQuery = {
  type: 'object',
  properties: {
    ...pagingQuery,
    parentId: { type: 'integer' },
    under: { type: 'integer' },
    q: { type: 'string', maxLength: 100 },
    kind,
    withoutRole: { type: 'string', maxLength: 50, description: 'Units below the top where no active user holds this role' },
  },
  additionalProperties: false,
} as const;

export const createUnitBody = {
  type: 'object',
  required: ['name', 'kind', 'parentId'],
  properties: { name, kind, parentId: { type: ['integer', 'null'] }, sortOrder: { type: 'integer' } },
  additionalProperties: false,
} as const;

export const updateUnitBody = {
  type: 'object',
  required: ['version'],
  properties: { version: { type: 'integer' }, name, kind, parentId: { type: 'integer' }, sortOrder: { type: 'integer' } },
  additionalProperties: false,
} as const;

export const deleteUnitQuery = {
  type: 'object',
  required: ['version'],
  properties: { version: { type: 'integer' } },
} as const;

/** A list row also names its parent (the tree and a unit's page know it already). */
export const unitListItem = { ...unit, properties: { ...unit.properties, parentName: { type: ['string', 'null'] } } } as const;
export const unitList = listOf(unitListItem);
export const unitTree = { type: 'object', properties: { items: { type: 'array', items: unit } } } as const;
export const unitDetail = {
  type: 'object',
  properties: {
    ...unit.properties,
    ancestors: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, kind } } },
  },
} as const;

const issuerFields = {
  name: { type: 'string', maxLength: 60, description: '发文机关: signs every document (落款, 督办单位)' },
  code: { type: 'string', maxLength: 20, description: '机关代字, e.g. X组: a 通报 is X组通〔2026〕3号, a 督办单 X组督〔2026〕1号' },
} as const;

export const issuerBody = {
  type: 'object',
  properties: issuerFields,
  additionalProperties: false,
  description: 'An empty string returns that part to its default (from the unit tree)',
} as const;

export const issuer = {
  type: 'object',
  required: ['name', 'code', 'defaults'],
  properties: { ...issuerFields, defaults: { type: 'object', required: ['name', 'code'], properties: issuerFields, additionalProperties: false } },
  additionalProperties: false,
} as const;
