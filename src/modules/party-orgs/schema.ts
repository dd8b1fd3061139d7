/** Request and response schemas of the party organization registry (党组织). */
import { dateString, listOf, pagingQuery } from '../../platform/http/schemas.ts';
import { importResultOf } from '../../platform/excel/import-kit/index.ts';
import { taskItem } from '../ledger/index.ts';
import { ORG_CATEGORIES, ORG_KINDS, ORG_TASK_PURPOSES, SECRETARY_BACKGROUNDS, TERM_CHANGE_KINDS, TERM_STATUSES } from './domain/index.ts';

const arrayOf = <const T extends object>(items: T) => ({ type: 'array', items }) as const;
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: '\\S' }) as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const nullableText = (max: number) => ({ type: ['string', 'null'], maxLength: max }) as const;

const firstSecretary = {
  type: ['object', 'null'],
  required: ['name'],
  properties: { name: text(64), origin: nullableText(200), from: nullableDate, to: nullableDate },
  additionalProperties: false,
} as const;

const fieldProps = {
  name: text(200),
  kind: { type: 'string', enum: ORG_KINDS },
  category: { type: 'string', enum: ORG_CATEGORIES },
  parentId: { type: ['integer', 'null'], minimum: 1 },
  hostUnitId: { type: 'integer', minimum: 1 },
  foundedOn: nullableDate,
  secretaryName: nullableText(64),
  secretaryUserId: { type: ['integer', 'null'], minimum: 1 },
  secretaryBackground: { type: ['string', 'null'], enum: [...SECRETARY_BACKGROUNDS, null] },
  committeeMembers: { type: 'array', maxItems: 50, items: text(64) },
  memberCount: { type: 'integer', minimum: 0, maximum: 1_000_000 },
  firstSecretary,
  termStart: nullableDate,
  termYears: { type: ['integer', 'null'], minimum: 1, maximum: 10 },
} as const;

export const createBody = {
  type: 'object',
  required: ['name', 'kind', 'category', 'hostUnitId'],
  properties: fieldProps,
  additionalProperties: false,
} as const;

export const updateBody = {
  type: 'object',
  required: ['version'],
  properties: { ...fieldProps, version: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;

const filterProps = {
  unitId: { type: 'integer', minimum: 1 },
  category: arrayOf({ type: 'string', enum: ORG_CATEGORIES }),
  kind: arrayOf({ type: 'string', enum: ORG_KINDS }),
  termStatus: arrayOf({ type: 'string', enum: TERM_STATUSES }),
  parentId: { type: 'integer', minimum: 1 },
  q: { type: 'string', maxLength: 100 },
} as const;

export const orgQuery = {
  type: 'object',
  properties: { ...pagingQuery, ...filterProps, sort: { type: 'string', enum: ['id', 'name', 'termEnd', '-termEnd', 'memberCount'] } },
  additionalProperties: false,
} as const;

export const renewalQuery = {
  type: 'object',
  properties: { ...pagingQuery, ...filterProps },
  additionalProperties: false,
} as const;

export const treeQuery = { type: 'object', properties: { unitId: { type: 'integer', minimum: 1 } }, additionalProperties: false } as const;

const ref = { type: ['object', 'null'], properties: { id: { type: 'integer' }, name: { type: 'string' } } } as const;

export const orgItem = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    kind: { type: 'string', enum: ORG_KINDS },
    category: { type: 'string', enum: ORG_CATEGORIES },
    parent: ref,
    hostUnit: ref,
    foundedOn: { type: ['string', 'null'] },
    secretaryName: { type: ['string', 'null'] },
    secretaryUserId: { type: ['integer', 'null'] },
    secretaryBackground: { type: ['string', 'null'], enum: [...SECRETARY_BACKGROUNDS, null] },
    committeeMembers: arrayOf({ type: 'string' }),
    memberCount: { type: 'integer' },
    firstSecretary: {
      type: ['object', 'null'],
      properties: { name: { type: 'string' }, origin: { type: ['string', 'null'] }, from: { type: ['string', 'null'] }, to: { type: ['string', 'null'] } },
    },
    termStart: { type: ['string', 'null'] },
    termYears: { type: ['integer', 'null'], description: 'Its own term length; null: the default for its kind and category' },
    termLength: { type: ['integer', 'null'], description: 'The term length in force, in years' },
    termEnd: { type: ['string', 'null'] },
    termStatus: { type: 'string', enum: TERM_STATUSES },
    daysLeft: { type: ['integer', 'null'] },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
    version: { type: 'integer' },
  },
} as const;

export const orgList = listOf(orgItem);

export const orgDetail = {
  $id: 'PartyOrgDetail',
  title: 'PartyOrgDetail',
  type: 'object',
  properties: {
    ...orgItem.properties,
    childCount: { type: 'integer' },
    termChanges: arrayOf({
      type: 'object',
      properties: {
        id: { type: 'integer' },
        kind: { type: 'string', enum: TERM_CHANGE_KINDS },
        ordinaryEnd: { type: 'string' },
        newTermEnd: { type: 'string' },
        approvedBy: { type: 'string' },
        reason: { type: 'string' },
        at: { type: 'string' },
      },
    }),
    linkedTasks: arrayOf({ type: 'object', properties: { purpose: { type: 'string', enum: ORG_TASK_PURPOSES }, task: taskItem } }),
    canManage: { type: 'boolean' },
  },
} as const;

export const treeResponse = listOf({
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    kind: { type: 'string', enum: ORG_KINDS },
    category: { type: 'string', enum: ORG_CATEGORIES },
    parentId: { type: ['integer', 'null'] },
    hostUnitId: { type: 'integer' },
    memberCount: { type: 'integer' },
    termEnd: { type: ['string', 'null'] },
    termStatus: { type: 'string', enum: TERM_STATUSES },
  },
});

export const termChangeBody = {
  type: 'object',
  required: ['kind', 'newTermEnd', 'approvedBy', 'reason'],
  properties: {
    kind: { type: 'string', enum: TERM_CHANGE_KINDS },
    newTermEnd: dateString,
    approvedBy: text(200),
    reason: text(2000),
    version: { type: 'integer', minimum: 1 },
  },
  additionalProperties: false,
} as const;

export const renewalTasksResponse = {
  type: 'object',
  properties: { taskIds: arrayOf({ type: 'integer' }), sourceId: { type: 'integer' }, org: orgDetail },
} as const;

/** The 201 of an organization list import: the kit's counts and the organizations made. */
export const orgImportResult = importResultOf({ orgIds: arrayOf({ type: 'integer' }) }, ['orgIds'] as const);

const figure = { type: 'object', properties: { count: { type: 'integer' }, list: { type: 'string' } } } as const;
const coverageLine = {
  type: 'object',
  properties: {
    category: { type: 'string', enum: [...ORG_CATEGORIES, 'all'] },
    rate: { type: ['number', 'null'] },
    units: figure,
    covered: figure,
    uncovered: figure,
    uncoveredWithMembers: figure,
    organizations: { type: 'string', description: 'The registry list of the organizations counted' },
  },
} as const;

export const coverageQuery = { type: 'object', properties: { unitId: { type: 'integer', minimum: 1 } }, additionalProperties: false } as const;
export const coverageResponse = {
  type: 'object',
  properties: {
    unitId: { type: ['integer', 'null'] },
    threshold: { type: 'integer', description: 'Party members from which a unit ought to have an organization' },
    total: coverageLine,
    categories: arrayOf(coverageLine),
  },
} as const;

export const coverageUnitsQuery = {
  type: 'object',
  properties: {
    ...pagingQuery,
    unitId: { type: 'integer', minimum: 1 },
    category: { type: 'string', enum: ORG_CATEGORIES },
    covered: { type: 'boolean' },
    minMembers: { type: 'integer', minimum: 0 },
  },
  additionalProperties: false,
} as const;
export const coverageUnitsResponse = listOf({
  type: 'object',
  properties: {
    unit: ref,
    category: { type: 'string', enum: ORG_CATEGORIES },
    covered: { type: 'boolean' },
    memberCount: { type: 'integer' },
  },
});
