/** Request and response schemas of the organizations' yearly work: weak-and-lax rectification (软弱涣散整顿) and its figures. */
import { listOf, pagingQuery } from '../../platform/http/schemas.ts';
import { taskItem } from '../ledger/index.ts';
import { ORG_CATEGORIES, ORG_KINDS } from './domain/index.ts';
import { DESIGNATION_STATUSES, LOOK_BACK_OUTCOMES, WEAK_LAX_ACTIONS, WEAK_LAX_STATUSES } from './domain/weak-lax.ts';
import { WEAK_LAX_STAGES } from './domain/weak-lax-figures.ts';
import { CRITERION_CATEGORIES } from './domain/weak-lax-criteria.ts';

const arrayOf = <const T extends object>(items: T) => ({ type: 'array', items }) as const;
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: '\\S' }) as const;
const year = { type: 'integer', minimum: 2000, maximum: 2100 } as const;
const version = { type: 'integer', minimum: 1 } as const;
const code = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,39}$' } as const;
const ref = { type: ['object', 'null'], properties: { id: { type: 'integer' }, name: { type: 'string' } } } as const;

export const orgRef = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    kind: { type: 'string', enum: ORG_KINDS },
    category: { type: 'string', enum: ORG_CATEGORIES },
    hostUnitId: { type: 'integer' },
  },
} as const;

export const criterion = {
  type: 'object',
  required: ['code', 'category', 'name'],
  properties: { code, category: { type: 'string', enum: CRITERION_CATEGORIES }, name: text(200) },
  additionalProperties: false,
} as const;
export const criteriaBody = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', minItems: 1, maxItems: 100, items: criterion } },
  additionalProperties: false,
} as const;
export const criteriaList = listOf({ type: 'object', properties: criterion.properties });

export const screeningQuery = {
  type: 'object',
  required: ['year'],
  properties: { ...pagingQuery, year, unitId: { type: 'integer', minimum: 1 }, category: arrayOf({ type: 'string', enum: ORG_CATEGORIES }) },
  additionalProperties: false,
} as const;
export const screeningSheet = listOf({
  type: 'object',
  properties: {
    org: orgRef,
    screened: { type: 'boolean' },
    criteria: arrayOf({ type: 'string' }),
    screenedAt: { type: ['string', 'null'] },
    designationId: { type: ['integer', 'null'] },
    status: { type: ['string', 'null'], enum: [...WEAK_LAX_STATUSES, null] },
  },
});
export const screeningBody = {
  type: 'object',
  required: ['year', 'items'],
  properties: {
    year,
    items: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['orgId', 'criteria'],
        properties: { orgId: { type: 'integer', minimum: 1 }, criteria: { type: 'array', maxItems: 100, items: code } },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;
export const screeningResult = { type: 'object', properties: { screened: { type: 'integer' }, flagged: { type: 'integer' } } } as const;

export const designateBody = {
  type: 'object',
  required: ['year', 'contactLeader'],
  properties: { year, contactLeader: { type: 'string', maxLength: 64 }, firstSecretary: { type: ['string', 'null'], maxLength: 64 } },
  additionalProperties: false,
} as const;
export const planBody = {
  type: 'object',
  required: ['plan', 'version'],
  properties: { plan: { type: 'string', maxLength: 2000 }, version },
  additionalProperties: false,
} as const;
export const measureBody = {
  type: 'object',
  required: ['title'],
  properties: {
    title: text(500),
    leadUnitId: { type: 'integer', minimum: 1 },
    ownerName: { type: ['string', 'null'], maxLength: 64 },
    deadline: { type: ['string', 'null'], format: 'date' },
    description: { type: 'string', maxLength: 20000 },
  },
  additionalProperties: false,
} as const;
export const measureResponse = { type: 'object', properties: { taskId: { type: 'integer' } } } as const;
export const acceptBody = {
  type: 'object',
  required: ['score', 'fileIds'],
  properties: {
    score: { type: 'integer', minimum: 0, maximum: 100 },
    fileIds: { type: 'array', maxItems: 50, items: { type: 'integer', minimum: 1 } },
    version,
  },
  additionalProperties: false,
} as const;
export const lookBackBody = {
  type: 'object',
  required: ['outcome'],
  properties: { outcome: { type: 'string', enum: LOOK_BACK_OUTCOMES }, version },
  additionalProperties: false,
} as const;

export const weakLaxQuery = {
  type: 'object',
  properties: {
    ...pagingQuery,
    year,
    unitId: { type: 'integer', minimum: 1 },
    category: arrayOf({ type: 'string', enum: ORG_CATEGORIES }),
    status: arrayOf({ type: 'string', enum: WEAK_LAX_STATUSES }),
    stage: {
      type: 'string',
      enum: WEAK_LAX_STAGES,
      description:
        'A figure’s stage: the statuses it counts (designated: all ever designated; rectifying: designated or with a plan; accepted: watched or closed)',
    },
    q: { type: 'string', maxLength: 100 },
  },
  additionalProperties: false,
} as const;

export const weakLaxItem = {
  type: 'object',
  properties: {
    id: { type: ['integer', 'null'], description: 'The designation; null while only screened' },
    screeningId: { type: 'integer' },
    year: { type: 'integer' },
    status: { type: 'string', enum: WEAK_LAX_STATUSES },
    org: orgRef,
    criteria: arrayOf({ type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } }),
    contactLeader: { type: ['string', 'null'] },
    firstSecretary: { type: ['string', 'null'] },
    plan: { type: ['string', 'null'] },
    acceptedOn: { type: ['string', 'null'] },
    lookBackOn: { type: ['string', 'null'] },
    designatedAt: { type: ['string', 'null'] },
    version: { type: ['integer', 'null'] },
  },
} as const;
export const weakLaxList = listOf(weakLaxItem);

export const weakLaxDetail = {
  $id: 'WeakLaxDetail',
  title: 'WeakLaxDetail',
  type: 'object',
  properties: {
    ...weakLaxItem.properties,
    status: { type: 'string', enum: DESIGNATION_STATUSES },
    measureCounts: { type: 'object', properties: { total: { type: 'integer' }, signedOff: { type: 'integer' }, draft: { type: 'integer' } } },
    measures: { type: 'array', description: 'The plan’s measures: ledger tasks', items: taskItem },
    lookBackTasks: { type: 'array', description: 'The scheduled 回头看: a ledger task due a year after acceptance', items: taskItem },
    acceptances: arrayOf({
      type: 'object',
      properties: {
        id: { type: 'integer' },
        score: { type: 'integer' },
        passScore: { type: 'integer' },
        passed: { type: 'boolean' },
        fileIds: arrayOf({ type: 'integer' }),
        acceptedOn: { type: 'string' },
        at: { type: 'string' },
        by: ref,
      },
    }),
    lookBacks: arrayOf({
      type: 'object',
      properties: { id: { type: 'integer' }, outcome: { type: 'string', enum: LOOK_BACK_OUTCOMES }, at: { type: 'string' }, by: ref },
    }),
    actions: arrayOf({ type: 'string', enum: WEAK_LAX_ACTIONS }),
  },
} as const;

const figure = { type: 'object', properties: { count: { type: 'integer' }, list: { type: 'string' } } } as const;
const stageFigures = { type: 'object', properties: { designated: figure, rectifying: figure, accepted: figure, watched: figure } } as const;

export const figuresQuery = {
  type: 'object',
  properties: { year, unitId: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;
export const figuresResponse = {
  type: 'object',
  properties: {
    year: { type: ['integer', 'null'] },
    screened: figure,
    byStage: stageFigures,
    byCategory: arrayOf({ type: 'object', properties: { category: { type: 'string' }, byStage: stageFigures } }),
    quota: {
      type: ['object', 'null'],
      description: '倒排: the designated count against the quota percent of the organizations, when a quota is configured',
      properties: {
        percent: { type: 'number' },
        organizations: { type: 'integer' },
        quota: { type: 'integer' },
        designated: { type: 'integer' },
        share: { type: ['number', 'null'] },
      },
    },
  },
} as const;

export const workSettingsResponse = {
  type: 'object',
  properties: {
    passScore: { type: 'integer' },
    quotaPercent: { type: ['number', 'null'] },
    standardThreshold: { type: 'integer' },
    weakIncomeBelow: { type: 'integer' },
  },
} as const;
export const workSettingsBody = {
  type: 'object',
  properties: {
    passScore: { type: 'integer', minimum: 1, maximum: 100 },
    quotaPercent: { type: ['number', 'null'], exclusiveMinimum: 0, maximum: 100 },
    standardThreshold: { type: 'integer', minimum: 1, maximum: 100 },
    weakIncomeBelow: { type: 'integer', minimum: 1, maximum: 1_000_000_000 },
  },
  additionalProperties: false,
} as const;
