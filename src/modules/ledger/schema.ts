import { dateString, listOf, pagingQuery } from '../../platform/http/schemas.ts';
import { ACTIONS, LIGHT_REASONS, REPORT_REVIEWS, REPORTING_CYCLE_KINDS, TASK_STATES, TASK_STATUSES } from './domain/index.ts';
import { categories } from './service/tasks.ts';
import { sourceKinds } from './service/sources.ts';
import { TIMELINE_KINDS } from './service/timeline.ts';

const unitRef = { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } } as const;
const personRef = { type: ['object', 'null'], properties: { id: { type: ['integer', 'null'] }, name: { type: 'string' } } } as const;
/** Why the light has its colour (list rows and a task's detail alike: assessLight). */
const lightReasons = { type: 'array', items: { type: 'string', enum: LIGHT_REASONS } } as const;
/** What the actor may do to a task: the domain's actions, plus the supervisor's edit/remind/notice. */
export const TASK_ACTIONS = [...ACTIONS, 'edit', 'delete', 'remind', 'supervisionNotice'] as const;

export const taskItem = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    number: { type: 'string' },
    title: { type: 'string' },
    state: { type: 'string', enum: TASK_STATES },
    status: { type: 'string', enum: TASK_STATUSES },
    light: { type: ['string', 'null'], enum: ['red', 'yellow', 'green', null] },
    lightReasons,
    deadline: { type: ['string', 'null'] },
    deadlinePhrase: { type: ['string', 'null'] },
    leadUnit: { type: ['object', 'null'], properties: unitRef.properties },
    supportingUnits: { type: 'array', items: unitRef },
    owner: personRef,
    liaison: personRef,
    category: { type: 'string', enum: categories },
    key: { type: 'boolean' },
    source: { type: ['object', 'null'], properties: { id: { type: 'integer' }, title: { type: 'string' }, kind: { type: 'string', enum: sourceKinds } } },
    parentId: { type: ['integer', 'null'] },
    /** The parent's own number (三、 above a 一要): a flat list reads 三、一要, not a second 一要. */
    parentNumber: { type: ['string', 'null'] },
    progress: { type: 'integer' },
    latestReport: { type: ['string', 'null'] },
    updatedAt: { type: 'string' },
    version: { type: 'integer' },
  },
} as const;

export const taskList = listOf(taskItem);

const arrayOf = <const T extends object>(items: T) => ({ type: 'array', items }) as const;

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
    pendingReview: { type: 'boolean', description: '待审核: a progress report awaits its review' },
    uninstructed: { type: 'boolean', description: '待批示: the reader has written no 批示 on the task yet' },
    sort: { type: 'string', enum: ['deadline', '-deadline', 'updatedAt', '-updatedAt', 'number', 'id'] },
  },
  additionalProperties: false,
} as const;

/** The export's query: the list's filters, plus drafts (left out of a ledger unless asked for). */
export const exportQuery = { ...taskQuery, properties: { ...taskQuery.properties, includeDrafts: { type: 'boolean' } } } as const;

const reportingCycle = {
  type: ['object', 'null'],
  required: ['kind'],
  properties: {
    kind: { type: 'string', enum: REPORTING_CYCLE_KINDS },
    weekday: { type: 'integer', minimum: 1, maximum: 7 },
    day: { type: 'integer', minimum: 1, maximum: 31 },
  },
  additionalProperties: false,
  // A weekly cycle needs its weekday and a monthly one its day (the domain reads them).
  allOf: [
    { if: { properties: { kind: { const: 'weekly' } } }, then: { required: ['weekday'] } },
    { if: { properties: { kind: { const: 'monthly' } } }, then: { required: ['day'] } },
  ],
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
  properties: {
    ...taskFieldProps,
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    children: { type: 'array', items: { $ref: 'luoshiDraftItem#' } },
  },
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
    /** Decompose a source that exists and has no tasks yet (a 批示 turned into a source) instead of making one. */
    sourceId: { type: 'integer' },
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

// --- answers ---

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
/** A cycle as answered: a weekly one has its weekday, a monthly one its day, 'none' neither (not the closed default). */
const reportingCycleAnswer = {
  type: ['object', 'null'],
  required: ['kind'],
  properties: { kind: { type: 'string', enum: REPORTING_CYCLE_KINDS }, weekday: int, day: int },
} as const;
const nullStr = { type: ['string', 'null'] } as const;
const nullInt = { type: ['integer', 'null'] } as const;

export const taskDetail = {
  $id: 'TaskDetail',
  title: 'TaskDetail',
  type: 'object',
  properties: {
    ...taskItem.properties,
    description: nullStr,
    measures: nullStr,
    // A milestone's title is optional (stored only when given).
    milestones: {
      type: 'array',
      items: { type: 'object', required: ['due', 'doneOn'], properties: { title: str, due: str, doneOn: nullStr }, additionalProperties: true },
    },
    // The deadlines a task had before its current one, oldest first (domain/effects.ts).
    deadlineHistory: { type: 'array', items: dateString },
    tags: { type: 'array', items: str },
    reportingCycle: reportingCycleAnswer,
    sourceSpan: { type: ['object', 'null'], properties: { start: int, end: int } },
    // Records on the task (domain/effects.ts), kept whole as stored.
    signOffRequest: { type: ['object', 'null'], required: ['requestedOn'], properties: { requestedOn: str }, additionalProperties: true },
    signOffReturn: { type: ['object', 'null'], required: ['returnedOn', 'reason'], properties: { returnedOn: str, reason: str }, additionalProperties: true },
    extensionRequest: {
      type: ['object', 'null'],
      required: ['deadline', 'reason', 'requestedOn'],
      properties: { deadline: str, reason: str, requestedOn: str },
      additionalProperties: true,
    },
    dates: {
      type: 'object',
      properties: { dispatched: nullStr, acknowledged: nullStr, lastReport: nullStr, signedOff: nullStr, reopened: nullStr },
    },
    actions: { type: 'array', items: { type: 'string', enum: TASK_ACTIONS } },
  },
} as const;

const figure = {
  type: 'object',
  required: ['count', 'list'],
  properties: { count: int, list: { type: 'string', description: 'The /api/tasks URL listing what count counts' } },
} as const;

export const taskSummary = {
  type: 'object',
  properties: {
    total: figure,
    byStatus: { type: 'object', additionalProperties: figure },
    byLight: { type: 'object', properties: { red: figure, yellow: figure, green: figure } },
  },
} as const;

const workBlock = { type: 'object', properties: { count: int, list: str, items: { type: 'array', items: taskItem } } } as const;
export const myWork = {
  type: 'object',
  properties: { toAcknowledge: workBlock, reportsDue: workBlock, inProgress: workBlock, returned: workBlock },
} as const;

export const dispatched = { type: 'object', required: ['dispatched'], properties: { dispatched: int } } as const;
export const created = { type: 'object', required: ['id'], properties: { id: int } } as const;

const fileRef = { type: 'object', properties: { id: int, name: str, size: int } } as const;
export const reportList = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        $id: 'Report',
        title: 'Report',
        type: 'object',
        properties: {
          id: int,
          kind: { type: 'string', enum: ['progress', 'signOffRequest'] },
          text: str,
          percent: nullInt,
          milestone: nullInt,
          fileIds: { type: 'array', items: int },
          files: { type: 'array', items: fileRef },
          review: { type: 'string', enum: REPORT_REVIEWS },
          reviewComment: nullStr,
          reviewedAt: nullStr,
          createdAt: str,
          unitId: int,
          unitName: nullStr,
          authorName: nullStr,
          reviewerName: nullStr,
        },
      },
    },
  },
} as const;

export const timeline = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'actor', 'actorUnit', 'action', 'reason', 'deadline', 'message', 'notice'],
        properties: {
          at: str,
          actor: nullStr,
          /** The writer's unit, on a 批示. */
          actorUnit: nullStr,
          action: { type: 'string', enum: TIMELINE_KINDS },
          reason: nullStr,
          deadline: nullStr,
          /** 催办's message, 督办单's requirements or 批示's text. */
          message: nullStr,
          /** The 督办单 issued (download: GET /api/supervision-notices/{id}.docx, for whoever sees the task). */
          notice: { type: ['object', 'null'], required: ['id', 'number', 'dueBy'], properties: { id: int, number: str, dueBy: nullStr } },
        },
      },
    },
  },
} as const;

/**
 * The parser's outline (parser/domain/types.ts). Items nest and carry spans: declared at the top
 * level and kept whole below it, so nothing the review page reads is dropped.
 */
const span = { type: 'object', properties: { start: int, end: int } } as const;
const nullSpan = { type: ['object', 'null'], properties: span.properties } as const;
const parsedItem = {
  type: 'object',
  properties: {
    number: str,
    level: int,
    kind: { type: 'string', enum: ['task', 'review', 'principle', 'heading', 'paragraph'] },
    title: str,
    text: str,
    start: int,
    end: int,
    deadline: {
      type: ['object', 'null'],
      properties: {
        phrase: str,
        date: nullStr,
        until: nullStr,
        recurring: { type: 'boolean' },
        milestones: { type: 'array', items: { type: 'object', properties: { phrase: str, date: str } } },
      },
      // milestones only when the item names more than one dated limit.
      required: ['phrase', 'date', 'until', 'recurring'],
      additionalProperties: true,
    },
    leads: { type: 'array', items: str },
    supporting: { type: 'array', items: str },
    unitsMatched: {
      type: 'object',
      properties: { leads: { type: 'array', items: { type: 'boolean' } }, supporting: { type: 'array', items: { type: 'boolean' } } },
    },
    spans: {
      type: 'object',
      properties: { number: nullSpan, title: span, deadline: nullSpan, leads: { type: 'array', items: span }, supporting: { type: 'array', items: span } },
    },
    children: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
  additionalProperties: true,
} as const;

export const parseResult = {
  $id: 'ParseResult',
  title: 'ParseResult',
  type: 'object',
  properties: {
    title: nullStr,
    date: nullStr,
    issuer: nullStr,
    salutation: nullStr,
    closing: nullStr,
    cleanedText: str,
    items: { type: 'array', items: parsedItem },
    unitIds: { type: 'object', additionalProperties: int },
  },
} as const;

export const published = { type: 'object', required: ['id', 'taskIds'], properties: { id: int, taskIds: { type: 'array', items: int } } } as const;

const sourceSummary = {
  type: 'object',
  properties: { id: int, kind: { type: 'string', enum: sourceKinds }, title: str, date: nullStr, issuer: nullStr, createdAt: str, taskCount: int },
} as const;
export const sourceList = listOf(sourceSummary);
/** As publishBody's: a title and the whole text the source would keep. */
export const duplicatesBody = {
  type: 'object',
  properties: { title: { type: 'string', maxLength: 300 }, text: { type: 'string', maxLength: 2_000_000 } },
  additionalProperties: false,
} as const;
export const sourceDuplicates = listOf({
  type: 'object',
  properties: { ...sourceSummary.properties, sameTitle: { type: 'boolean' }, sameText: { type: 'boolean' } },
} as const);
export const sourceDetail = {
  $id: 'SourceDetail',
  title: 'SourceDetail',
  type: 'object',
  properties: {
    id: int,
    kind: { type: 'string', enum: sourceKinds },
    title: str,
    date: nullStr,
    issuer: nullStr,
    text: str,
    fileId: nullInt,
    reportingCycle: reportingCycleAnswer,
    createdAt: str,
    version: int,
  },
} as const;

export const sourceListQuery = { type: 'object', properties: { ...pagingQuery, kind: { type: 'string' } } } as const;

// --- 批示 (instructions) ---

/** A 批示's text: required, at most 2000 characters, not only whitespace. */
export const instructionBody = {
  type: 'object',
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' } },
  additionalProperties: false,
} as const;

/**
 * A 批示 on a dashboard figure: the list the figure opens (its API path, as the dashboard sends it),
 * the figure's words as the leader read them, and the dashboard's scope (null: the whole city).
 */
export const figureInstructionBody = {
  type: 'object',
  required: ['figure', 'label', 'unitId', 'text'],
  properties: {
    figure: { type: 'string', minLength: 6, maxLength: 1000, pattern: '^/api/' },
    label: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
    unitId: nullInt,
    text: instructionBody.properties.text,
  },
  additionalProperties: false,
} as const;

export const figureInstructionQuery = {
  type: 'object',
  properties: { unitId: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;

export const figureInstructionList = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: int,
          text: str,
          author: str,
          unit: nullStr,
          createdAt: str,
          sourceId: nullInt,
          /** The list the figure opens, and its words when the 批示 was written. */
          figure: str,
          label: str,
        },
      },
    },
    actions: { type: 'array', items: { type: 'string', enum: ['write', 'convert'] } },
  },
} as const;

export const instructionList = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        $id: 'Instruction',
        title: 'Instruction',
        type: 'object',
        properties: {
          id: int,
          text: str,
          /** The leader's name and unit as they were when written. */
          author: str,
          unit: nullStr,
          createdAt: str,
          /** The source it became (转为来源), if any. */
          sourceId: nullInt,
        },
      },
    },
    /** What this reader may do: write a 批示 here, turn one into a source. */
    actions: { type: 'array', items: { type: 'string', enum: ['write', 'convert'] } },
  },
} as const;
