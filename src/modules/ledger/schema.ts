import { dateString, listOf, pagingQuery } from '../../platform/http/schemas.ts';
import { ACTIONS, TASK_STATUSES } from './domain/index.ts';
import { categories } from './service/tasks.ts';
import { sourceKinds } from './service/sources.ts';

const unitRef = { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } } as const;
const personRef = { type: ['object', 'null'], properties: { id: { type: ['integer', 'null'] }, name: { type: 'string' } } } as const;

export const taskItem = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    number: { type: 'string' },
    title: { type: 'string' },
    state: { type: 'string' },
    status: { type: 'string', enum: TASK_STATUSES },
    light: { type: ['string', 'null'], enum: ['red', 'yellow', 'green', null] },
    deadline: { type: ['string', 'null'] },
    deadlinePhrase: { type: ['string', 'null'] },
    leadUnit: { type: ['object', 'null'], properties: unitRef.properties },
    supportingUnits: { type: 'array', items: unitRef },
    owner: personRef,
    liaison: personRef,
    category: { type: 'string' },
    key: { type: 'boolean' },
    source: { type: ['object', 'null'], properties: { id: { type: 'integer' }, title: { type: 'string' }, kind: { type: 'string' } } },
    parentId: { type: ['integer', 'null'] },
    progress: { type: 'integer' },
    latestReport: { type: ['string', 'null'] },
    updatedAt: { type: 'string' },
    version: { type: 'integer' },
  },
} as const;

export const taskList = listOf(taskItem);

const arrayOf = (items: object) => ({ type: 'array', items }) as const;

export const taskQuery = {
  type: 'object',
  properties: {
    ...pagingQuery,
    unitId: { type: 'integer' },
    involvement: { type: 'string', enum: ['lead', 'supporting', 'any'] },
    status: arrayOf({ type: 'string', enum: TASK_STATUSES }),
    light: arrayOf({ type: 'string', enum: ['red', 'yellow', 'green'] }),
    deadlineFrom: dateString,
    deadlineTo: dateString,
    sourceId: { type: 'integer' },
    category: arrayOf({ type: 'string', enum: categories }),
    ownerId: { type: 'integer' },
    key: { type: 'boolean' },
    parentId: { type: 'integer' },
    q: { type: 'string', maxLength: 100 },
    ids: arrayOf({ type: 'integer' }),
    signedOffFrom: dateString,
    signedOffTo: dateString,
    dispatchedFrom: dateString,
    dispatchedTo: dateString,
    onTime: { type: 'boolean' },
    sort: { type: 'string', enum: ['deadline', '-deadline', 'updatedAt', '-updatedAt', 'number', 'id'] },
  },
  additionalProperties: false,
} as const;

const reportingCycle = {
  type: ['object', 'null'],
  required: ['kind'],
  properties: {
    kind: { type: 'string', enum: ['none', 'weekly', 'monthly'] },
    weekday: { type: 'integer', minimum: 1, maximum: 7 },
    day: { type: 'integer', minimum: 1, maximum: 31 },
  },
  additionalProperties: false,
} as const;

const milestone = {
  type: 'object',
  required: ['due'],
  properties: { title: { type: 'string', maxLength: 200 }, due: dateString, doneOn: { type: ['string', 'null'], format: 'date' } },
  additionalProperties: false,
} as const;

export const taskFieldProps = {
  title: { type: 'string', minLength: 1, maxLength: 500, pattern: '\\S' },
  description: { type: 'string', maxLength: 20000 },
  measures: { type: 'string', maxLength: 20000 },
  number: { type: 'string', maxLength: 32 },
  leadUnitId: { type: ['integer', 'null'] },
  supportingUnitIds: arrayOf({ type: 'integer' }),
  ownerId: { type: ['integer', 'null'] },
  ownerName: { type: ['string', 'null'], maxLength: 64 },
  liaisonId: { type: ['integer', 'null'] },
  liaisonName: { type: ['string', 'null'], maxLength: 64 },
  deadline: { type: ['string', 'null'], format: 'date' },
  deadlinePhrase: { type: ['string', 'null'], maxLength: 64 },
  milestones: { type: 'array', maxItems: 50, items: milestone },
  category: { type: 'string', enum: categories },
  key: { type: 'boolean' },
  tags: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 32 } },
  parentId: { type: ['integer', 'null'] },
  reportingCycle,
} as const;

export const createTaskBody = {
  type: 'object',
  required: ['title'],
  properties: { ...taskFieldProps, sourceId: { type: ['integer', 'null'] } },
  additionalProperties: false,
} as const;

export const updateTaskBody = {
  type: 'object',
  required: ['version'],
  properties: { version: { type: 'integer' }, ...taskFieldProps },
  additionalProperties: false,
} as const;

export const actionParams = {
  type: 'object',
  required: ['id', 'action'],
  properties: { id: { type: 'integer', minimum: 1 }, action: { type: 'string', enum: ACTIONS.filter((a) => a !== 'report') } },
} as const;

export const actionBody = {
  type: 'object',
  required: ['version'],
  properties: {
    version: { type: 'integer' },
    reason: { type: 'string', maxLength: 2000 },
    deadline: dateString,
    text: { type: 'string', maxLength: 20000 },
    fileIds: arrayOf({ type: 'integer' }),
  },
  additionalProperties: false,
} as const;

export const reportBody = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1, maxLength: 20000, pattern: '\\S' },
    percent: { type: 'integer', minimum: 0, maximum: 100 },
    milestone: { type: 'integer', minimum: 0 },
    fileIds: { type: 'array', maxItems: 20, items: { type: 'integer' } },
  },
  additionalProperties: false,
} as const;

export const reviewBody = {
  type: 'object',
  required: ['decision'],
  properties: { decision: { type: 'string', enum: ['accepted', 'returned'] }, comment: { type: 'string', maxLength: 2000 } },
  additionalProperties: false,
} as const;

const draftItem: Record<string, unknown> = {
  type: 'object',
  required: ['title'],
  properties: { ...taskFieldProps, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 }, children: { type: 'array', items: { $ref: 'luoshiDraftItem#' } } },
  additionalProperties: false,
};
export const draftItemSchema = { $id: 'luoshiDraftItem', ...draftItem };

export const publishBody = {
  type: 'object',
  required: ['kind', 'title', 'items'],
  properties: {
    kind: { type: 'string', enum: sourceKinds },
    title: { type: 'string', minLength: 1, maxLength: 300, pattern: '\\S' },
    date: { type: ['string', 'null'], format: 'date' },
    issuer: { type: ['string', 'null'], maxLength: 100 },
    text: { type: 'string', maxLength: 2_000_000 },
    fileId: { type: ['integer', 'null'] },
    reportingCycle,
    dispatch: { type: 'boolean' },
    items: { type: 'array', maxItems: 2000, items: { $ref: 'luoshiDraftItem#' } },
  },
  additionalProperties: false,
} as const;

export const parseBody = {
  type: 'object',
  required: ['text'],
  properties: { text: { type: 'string', maxLength: 5_000_000 }, refDate: dateString },
  additionalProperties: false,
} as const;
