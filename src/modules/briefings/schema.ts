import { dateString } from '../../platform/http/schemas.ts';
import { SECTION_KEYS, type SectionKey } from './domain/compose.ts';

export const createBody = {
  type: 'object',
  required: ['from', 'to'],
  properties: { from: dateString, to: dateString, unitId: { type: 'integer', minimum: 1 }, title: { type: 'string', minLength: 1, maxLength: 200 } },
  additionalProperties: false,
} as const;

const sectionText = { type: 'string', maxLength: 20000 } as const;
// Written out (not mapped from SECTION_KEYS) so the body's type is inferred; `satisfies` keeps the two in step.
const sectionTexts = {
  overview: sectionText,
  table: sectionText,
  commended: sectionText,
  overdue: sectionText,
  nextSteps: sectionText,
} as const satisfies Record<SectionKey, unknown>;

export const editBody = {
  type: 'object',
  required: ['version'],
  properties: {
    version: { type: 'integer' },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    sections: { type: 'object', properties: sectionTexts, additionalProperties: false },
  },
  additionalProperties: false,
} as const;

export const issueBody = { type: 'object', required: ['version'], properties: { version: { type: 'integer' } }, additionalProperties: false } as const;
export const listQuery = { type: 'object', properties: { status: { type: 'string', enum: ['draft', 'issued'] } }, additionalProperties: false } as const;

// --- answers ---

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const nullStr = { type: ['string', 'null'] } as const;

const summaryProps = {
  id: int,
  title: str,
  unitId: { type: ['integer', 'null'] },
  from: str,
  to: str,
  status: { type: 'string', enum: ['draft', 'issued'] },
  version: int,
  createdAt: str,
  issuedAt: nullStr,
} as const;

const nullNum = { type: ['number', 'null'] } as const;

/**
 * The figures a briefing was drafted from, frozen with it (rates as printed, '87.5%'); see
 * domain/compose.ts. What briefings stored before it was kept is optional (the numeric rates, the
 * praise rule, the scope's own row), so older content is answered whole and unchanged.
 */
const unitRow = {
  type: 'object',
  required: ['unit', 'total', 'signedOff', 'rate', 'overdue'],
  properties: { unit: str, total: int, signedOff: int, rate: str, overdue: int, completion: nullNum, onTime: nullNum, own: { type: 'boolean' } },
} as const;
const overdueUnit = {
  type: 'object',
  properties: { unit: str, count: int, tasks: { type: 'array', items: { type: 'object', properties: { number: str, title: str, deadline: nullStr } } } },
} as const;
const figures = {
  type: 'object',
  required: [
    'scopeName',
    'from',
    'to',
    'asOf',
    'active',
    'signedOff',
    'completionRate',
    'signedOffInPeriod',
    'dispatchedInPeriod',
    'onTimeRate',
    'overdue',
    'lagging',
    'rows',
    'commended',
    'overdueUnits',
  ],
  properties: {
    scopeName: str,
    from: str,
    to: str,
    asOf: str,
    active: int,
    signedOff: int,
    completionRate: str,
    signedOffInPeriod: int,
    dispatchedInPeriod: int,
    onTimeRate: str,
    overdue: int,
    lagging: int,
    completion: nullNum,
    onTime: nullNum,
    rule: { type: 'object', properties: { minTasks: int } },
    rows: { type: 'array', items: unitRow },
    commended: { type: 'array', items: str },
    overdueUnits: { type: 'array', items: overdueUnit },
  },
} as const;

export const briefing = {
  $id: 'Briefing',
  title: 'Briefing',
  type: 'object',
  properties: {
    ...summaryProps,
    content: {
      type: 'object',
      properties: {
        title: str,
        issuer: str,
        docPrefix: { type: 'string', description: '发文字号 prefix, e.g. X组通' },
        docNumber: { type: 'string', description: '〔2026〕3号 once issued' },
        mainTo: { type: 'string', description: '主送' },
        cc: { type: 'string', description: '抄送' },
        figures,
        sections: { type: 'array', items: { type: 'object', properties: { key: { type: 'string', enum: SECTION_KEYS }, heading: str, text: str } } },
      },
      // Frozen with the briefing as it was drafted or issued (domain/compose.ts BriefingContent).
      // The number exists once issued; 主送 and 抄送 only where the settings or the editor gave them.
      required: ['title', 'issuer', 'figures', 'sections'],
    },
  },
} as const;

export const briefingList = {
  type: 'object',
  properties: { total: int, items: { type: 'array', items: { type: 'object', properties: summaryProps } } },
} as const;
