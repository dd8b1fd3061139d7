/** Request and response schemas of standardization (标准化规范化建设), liaison points (书记联系点) and the collective economy (集体经济). */
import { listOf, pagingQuery } from '../../platform/http/schemas.ts';
import { ORG_CATEGORIES } from './domain/index.ts';
import { INCOME_CLASSES } from './domain/collective-economy.ts';
import { orgRef } from './schema-weak.ts';

const arrayOf = <const T extends object>(items: T) => ({ type: 'array', items }) as const;
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: '\\S' }) as const;
const year = { type: 'integer', minimum: 2000, maximum: 2100 } as const;
const version = { type: 'integer', minimum: 1 } as const;
const itemKey = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,20}$' } as const;
const category = { type: 'string', enum: ORG_CATEGORIES } as const;
const figure = { type: 'object', properties: { count: { type: 'integer' }, list: { type: 'string' } } } as const;

export const categoryParams = { type: 'object', required: ['category'], properties: { category } } as const;

const templateItem = { type: 'object', properties: { key: { type: 'string' }, text: { type: 'string' } } } as const;
export const templateResponse = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    category,
    name: { type: 'string' },
    items: arrayOf(templateItem),
    updatedAt: { type: 'string' },
    version: { type: 'integer' },
  },
} as const;
export const templateList = listOf(templateResponse);
export const templateBody = {
  type: 'object',
  required: ['name', 'items'],
  properties: {
    name: text(100),
    items: {
      type: 'array',
      maxItems: 40,
      items: { type: 'object', required: ['text'], properties: { key: itemKey, text: { type: 'string', maxLength: 200 } }, additionalProperties: false },
    },
    version,
  },
  additionalProperties: false,
} as const;

export const assessmentBody = {
  type: 'object',
  required: ['year', 'met'],
  properties: {
    year,
    met: { type: 'array', maxItems: 40, items: itemKey, description: 'The keys of the items met (yes); the others are no' },
    files: {
      type: 'array',
      maxItems: 40,
      description: 'An optional file per item',
      items: { type: 'object', required: ['itemKey', 'fileId'], properties: { itemKey, fileId: { type: 'integer', minimum: 1 } }, additionalProperties: false },
    },
    version,
  },
  additionalProperties: false,
} as const;

export const assessmentItem = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    year: { type: 'integer' },
    org: orgRef,
    met: arrayOf({ type: 'string' }),
    files: arrayOf({ type: 'object', properties: { itemKey: { type: 'string' }, fileId: { type: 'integer' } } }),
    metCount: { type: 'integer' },
    itemCount: { type: 'integer' },
    score: { type: 'integer' },
    belowStandard: { type: 'boolean' },
    assessedAt: { type: 'string' },
    version: { type: 'integer' },
  },
} as const;

export const assessmentQuery = {
  type: 'object',
  properties: {
    ...pagingQuery,
    year,
    unitId: { type: 'integer', minimum: 1 },
    category: arrayOf(category),
    belowStandard: { type: 'boolean', description: 'Only those scoring under the configured threshold' },
  },
  additionalProperties: false,
} as const;
export const assessmentList = {
  type: 'object',
  properties: { total: { type: 'integer' }, threshold: { type: 'integer' }, items: arrayOf(assessmentItem) },
} as const;

export const liaisonBody = {
  type: 'object',
  required: ['committeeId', 'branchId'],
  properties: { committeeId: { type: 'integer', minimum: 1 }, branchId: { type: 'integer', minimum: 1 }, secretaryName: { type: 'string', maxLength: 64 } },
  additionalProperties: false,
} as const;
export const liaisonQuery = { type: 'object', properties: { unitId: { type: 'integer', minimum: 1 } }, additionalProperties: false } as const;
const liaisonPoint = {
  type: 'object',
  properties: { id: { type: 'integer' }, secretaryName: { type: 'string' }, committee: orgRef, branch: orgRef, createdAt: { type: 'string' } },
} as const;
export const liaisonPointResponse = liaisonPoint;
export const liaisonList = {
  type: 'object',
  properties: {
    total: { type: 'integer' },
    items: arrayOf(liaisonPoint),
    lacking: {
      type: 'object',
      description: 'Committees whose secretary has no liaison point',
      properties: {
        total: { type: 'integer' },
        items: arrayOf({ type: 'object', properties: { ...orgRef.properties, secretaryName: { type: ['string', 'null'] } } }),
      },
    },
  },
} as const;

export const incomeBody = {
  type: 'object',
  required: ['year', 'income'],
  properties: { year, income: { type: 'integer', minimum: 0, maximum: 100_000_000_000, description: 'Whole yuan' }, version },
  additionalProperties: false,
} as const;
export const incomeQuery = {
  type: 'object',
  required: ['year'],
  properties: { ...pagingQuery, year, unitId: { type: 'integer', minimum: 1 }, class: { type: 'string', enum: INCOME_CLASSES } },
  additionalProperties: false,
} as const;
const incomeItem = {
  type: 'object',
  properties: {
    org: orgRef,
    year: { type: 'integer' },
    income: { type: ['integer', 'null'] },
    class: { type: 'string', enum: INCOME_CLASSES },
    version: { type: ['integer', 'null'] },
  },
} as const;
export const incomeResponse = incomeItem;
export const incomeList = {
  type: 'object',
  properties: {
    total: { type: 'integer' },
    items: arrayOf(incomeItem),
    weakBelow: { type: 'integer' },
    counts: { type: 'object', properties: { villages: figure, hollow: figure, weak: figure, ok: figure, unreported: figure } },
  },
} as const;
