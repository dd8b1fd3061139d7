/** Request schemas of the supervision routes; types are inferred by the service interfaces. */
import { dateString, pagingQuery } from '../../platform/http/schemas.ts';
import { TASK_STATUSES } from '../ledger/index.ts';

export const reminderBody = {
  type: 'object',
  properties: { message: { type: 'string', maxLength: 500 } },
  additionalProperties: false,
} as const;

export const noticeBody = {
  type: 'object',
  required: ['requirements'],
  properties: {
    requirements: { type: 'string', minLength: 1, maxLength: 4000 },
    dueBy: dateString,
    signer: { type: 'string', maxLength: 50, description: '签发人' },
    phone: { type: 'string', maxLength: 30, description: "反馈方式: contact telephone (default: the issuer's own)" },
  },
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
    /** The day the look-back is held (default today). */
    scheduledOn: dateString,
    /** The units' answer deadline: on or after scheduledOn. */
    dueOn: dateString,
  },
  additionalProperties: false,
  // What the scope needs: one source's look-back names the source, a sample its percent (a 400 names the missing field).
  allOf: [
    { if: { properties: { scope: { const: 'source' } } }, then: { required: ['sourceId'] } },
    { if: { properties: { scope: { const: 'sample' } } }, then: { required: ['percent'] } },
  ],
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

// --- answers ---

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const nullStr = { type: ['string', 'null'] } as const;
const nullInt = { type: ['integer', 'null'] } as const;
const ref = { type: 'object', properties: { id: int, name: str } } as const;
const nullRef = { type: ['object', 'null'], properties: ref.properties } as const;

export const reminderSent = { type: 'object', required: ['id', 'recipients'], properties: { id: int, recipients: int } } as const;

export const notice = {
  $id: 'SupervisionNotice',
  title: 'SupervisionNotice',
  type: 'object',
  properties: {
    id: int,
    number: { type: 'string', description: '督办单 number as printed, e.g. X组督〔2026〕3号' },
    year: int,
    seq: int,
    task: { type: 'object', properties: { id: int, title: str } },
    unit: ref,
    requirements: str,
    dueBy: str,
    issuedBy: ref,
    issuedAt: str,
    download: { type: 'string', description: 'The URL of the .docx as issued' },
  },
} as const;
export const noticeList = { type: 'object', properties: { total: int, items: { type: 'array', items: notice } } } as const;

export const lookBackCheck = {
  $id: 'LookBackCheck',
  title: 'LookBackCheck',
  type: 'object',
  properties: {
    id: int,
    lookBackId: int,
    task: {
      type: 'object',
      properties: {
        id: int,
        number: str,
        title: str,
        state: str,
        status: { type: 'string', enum: TASK_STATUSES },
        light: { type: ['string', 'null'], enum: ['red', 'yellow', 'green', null] },
        deadline: nullStr,
        leadUnit: nullRef,
      },
    },
    decision: { type: ['string', 'null'], enum: ['confirm', 'reopen', null] },
    reason: nullStr,
    deadline: nullStr,
    decidedBy: nullRef,
    decidedAt: nullStr,
  },
} as const;

const lookBackProps = {
  id: int,
  scope: { type: 'string', enum: ['all', 'source', 'sample'] },
  sourceId: nullInt,
  percent: nullInt,
  note: nullStr,
  seed: str,
  candidates: { type: 'integer', description: 'Signed-off tasks in scope when it was scheduled' },
  scheduledOn: { type: ['string', 'null'], description: 'The day the look-back is held (YYYY-MM-DD); null before it could be chosen: its creation day' },
  dueOn: { type: ['string', 'null'], description: "The units' answer deadline (YYYY-MM-DD), if set" },
  createdBy: ref,
  createdAt: str,
  counts: { type: 'object', properties: { total: int, pending: int, confirmed: int, reopened: int } },
} as const;
export const lookBack = { type: 'object', properties: lookBackProps } as const;
export const lookBackList = { type: 'object', properties: { total: int, items: { type: 'array', items: lookBack } } } as const;
export const lookBackDetail = {
  $id: 'LookBackDetail',
  title: 'LookBackDetail',
  type: 'object',
  properties: { ...lookBackProps, checks: { type: 'array', items: lookBackCheck } },
} as const;
