/** Request and response schemas of the problem list (问题清单). */
import { dateString, listOf, pagingQuery } from '../../platform/http/schemas.ts';
import { importResultOf } from '../../platform/excel/import-kit/index.ts';
import { taskItem } from '../ledger/index.ts';
import { PROBLEM_ACTIONS, PROBLEM_STATUSES, SEVERITIES, SOURCE_KINDS } from './domain/index.ts';

const arrayOf = <const T extends object>(items: T) => ({ type: 'array', items }) as const;
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: '\\S' }) as const;
const nullableId = { type: ['integer', 'null'], minimum: 1 } as const;

export const measureBody = {
  type: 'object',
  required: ['title'],
  properties: {
    title: text(500),
    leadUnitId: { type: 'integer', minimum: 1 },
    supportingUnitIds: arrayOf({ type: 'integer', minimum: 1 }),
    ownerName: { type: ['string', 'null'], maxLength: 64 },
    deadline: { type: ['string', 'null'], format: 'date' },
    description: { type: 'string', maxLength: 20000 },
  },
  additionalProperties: false,
} as const;

const fieldProps = {
  sourceKind: { type: 'string', enum: SOURCE_KINDS },
  sourceTitle: text(300),
  sourceId: nullableId,
  taskId: nullableId,
  lookBackCheckId: nullableId,
  finding: text(4000),
  category: text(64),
  severity: { type: 'string', enum: SEVERITIES },
  unitId: { type: 'integer', minimum: 1 },
  foundOn: { type: ['string', 'null'], format: 'date' },
  deadline: dateString,
} as const;

export const createBody = {
  type: 'object',
  required: ['sourceKind', 'sourceTitle', 'finding', 'category', 'unitId', 'deadline'],
  properties: { ...fieldProps, measures: { type: 'array', maxItems: 50, items: measureBody } },
  additionalProperties: false,
} as const;

export const updateBody = {
  type: 'object',
  required: ['version'],
  properties: { ...fieldProps, version: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;

export const problemQuery = {
  type: 'object',
  properties: {
    ...pagingQuery,
    unitId: { type: 'integer', minimum: 1 },
    status: arrayOf({ type: 'string', enum: PROBLEM_STATUSES }),
    category: arrayOf({ type: 'string', maxLength: 64 }),
    severity: arrayOf({ type: 'string', enum: SEVERITIES }),
    sourceKind: arrayOf({ type: 'string', enum: SOURCE_KINDS }),
    light: arrayOf({ type: 'string', enum: ['red', 'yellow', 'green'] }),
    q: { type: 'string', maxLength: 100 },
  },
  additionalProperties: false,
} as const;

export const acceptBody = {
  type: 'object',
  required: ['comment', 'fileIds'],
  properties: { comment: { type: 'string', maxLength: 4000 }, fileIds: arrayOf({ type: 'integer', minimum: 1 }), version: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;

export const refuseBody = {
  type: 'object',
  required: ['reason'],
  properties: { reason: text(4000), version: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;

export const categoriesBody = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', minItems: 1, maxItems: 100, items: text(64) } },
  additionalProperties: false,
} as const;

export const lightsBody = {
  type: 'object',
  required: ['warnDays'],
  properties: { warnDays: { type: 'array', maxItems: 5, items: { type: 'integer', minimum: 0, maximum: 365 } } },
  additionalProperties: false,
} as const;

const prompt = { type: 'object', properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } } as const;
const ref = { type: ['object', 'null'], properties: { id: { type: 'integer' }, name: { type: 'string' } } } as const;

export const problemItem = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    sourceKind: { type: 'string', enum: SOURCE_KINDS },
    sourceTitle: { type: 'string' },
    sourceId: { type: ['integer', 'null'] },
    taskId: { type: ['integer', 'null'] },
    lookBackCheckId: { type: ['integer', 'null'] },
    finding: { type: 'string' },
    category: { type: 'string' },
    severity: { type: 'string', enum: SEVERITIES },
    unit: ref,
    foundOn: { type: ['string', 'null'] },
    deadline: { type: 'string' },
    status: { type: 'string', enum: PROBLEM_STATUSES },
    light: { type: ['string', 'null'], enum: ['red', 'yellow', 'green', null] },
    daysLeft: { type: ['integer', 'null'] },
    warnAt: { type: ['integer', 'null'] },
    measureCounts: { type: 'object', properties: { total: { type: 'integer' }, draft: { type: 'integer' }, signedOff: { type: 'integer' } } },
    acceptance: {
      type: ['object', 'null'],
      properties: { at: { type: 'string' }, by: ref, comment: { type: 'string' }, fileIds: arrayOf({ type: 'integer' }) },
    },
    refusal: { type: ['object', 'null'], properties: { at: { type: 'string' }, by: ref, reason: { type: 'string' } } },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
    version: { type: 'integer' },
  },
} as const;

export const problemList = listOf(problemItem);

export const warningsResponse = { type: 'array', items: prompt } as const;

export const measureResponse = {
  type: 'object',
  properties: { taskId: { type: 'integer' }, warnings: warningsResponse },
} as const;

export const problemDetail = {
  $id: 'ProblemDetail',
  title: 'ProblemDetail',
  type: 'object',
  properties: {
    ...problemItem.properties,
    measures: { type: 'array', description: 'Each measure is a ledger task (category problem)', items: taskItem },
    warnings: warningsResponse,
    actions: { type: 'array', items: { type: 'string', enum: PROBLEM_ACTIONS } },
  },
} as const;

/** The 201 of a problem list import: the kit's counts and the problems made. */
export const problemImportResult = importResultOf({ problemIds: arrayOf({ type: 'integer' }) }, ['problemIds'] as const);

export const categoriesResponse = { type: 'object', required: ['items'], properties: { items: arrayOf({ type: 'string' }) } } as const;
export const lightsResponse = { type: 'object', required: ['warnDays'], properties: { warnDays: arrayOf({ type: 'integer' }) } } as const;
