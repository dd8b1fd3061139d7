import { dateString } from '../../platform/http/schemas.ts';
import { SOURCE_KINDS, TASK_STATUSES } from '../ledger/index.ts';

const scopeQuery = { unitId: { type: 'integer', minimum: 1 }, from: dateString, to: dateString } as const;

export const dashboardQuery = {
  type: 'object',
  properties: { ...scopeQuery, bucket: { type: 'string', enum: ['week', 'month'] }, top: { type: 'integer', minimum: 0, maximum: 50 } },
  additionalProperties: false,
} as const;

export const battleMapQuery = {
  type: 'object',
  properties: { ...scopeQuery, groupBy: { type: 'string', enum: ['unit', 'source'] } },
  additionalProperties: false,
} as const;

export const rankingQuery = { type: 'object', properties: scopeQuery, additionalProperties: false } as const;

const weight = { type: 'number', minimum: 0, maximum: 100 } as const;
export const weightsBody = {
  type: 'object',
  required: ['completion', 'onTime', 'overdue', 'rectification'],
  properties: { completion: weight, onTime: weight, overdue: weight, rectification: weight },
  additionalProperties: false,
} as const;

// --- answers ---

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const nullInt = { type: ['integer', 'null'] } as const;
const light = { type: ['string', 'null'], enum: ['red', 'yellow', 'green', null] } as const;
const ref = { type: 'object', properties: { id: int, name: str } } as const;

/** A count and the exact list endpoint (/api/tasks?…, /api/problems?…) that shows those rows. */
export const figure = {
  title: 'Figure',
  type: 'object',
  required: ['count', 'list'],
  properties: { count: int, list: str },
} as const;
/** numerator / denominator (4 decimals), null when the denominator is 0. */
export const rateFigure = {
  title: 'RateFigure',
  type: 'object',
  required: ['rate', 'numerator', 'denominator'],
  properties: { rate: { type: ['number', 'null'] }, numerator: figure, denominator: figure },
} as const;
const byLight = { type: 'object', properties: { red: figure, yellow: figure, green: figure } } as const;
const scope = { type: 'object', properties: { unitId: nullInt, name: str } } as const;
const period = { type: 'object', properties: { from: str, to: str } } as const;
/**
 * Figures other modules add, by module key then by figure name: the dashboard does not know the
 * modules (contributions.ts), so the keys stay open while each figure's shape is closed. Scope-wide
 * a figure is a count, a rate, or a group of counts (problems by status); per unit a count or a rate.
 */
const contributions = {
  type: 'object',
  additionalProperties: { type: 'object', additionalProperties: { anyOf: [figure, rateFigure, { type: 'object', additionalProperties: figure }] } },
} as const;
const unitContributions = { type: 'object', additionalProperties: { type: 'object', additionalProperties: { anyOf: [figure, rateFigure] } } } as const;
/** Every status but draft (never counted: not yet dispatched), each opening its list; see service/figures.ts. */
const byStatus = { type: 'object', properties: Object.fromEntries(TASK_STATUSES.filter((s) => s !== 'draft').map((s) => [s, figure])) } as const;

export function overviewOf<const T extends object>(taskItem: T) {
  const listed = { type: 'object', properties: { count: int, list: str, items: { type: 'array', items: taskItem } } } as const;
  return {
    $id: 'DashboardOverview',
    title: 'DashboardOverview',
    type: 'object',
    properties: {
      asOf: str,
      scope,
      active: figure,
      byStatus,
      byLight,
      signedOff: figure,
      completionRate: rateFigure,
      overdue: listed,
      lagging: listed,
      bySource: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            source: { type: 'object', properties: { id: int, title: str, kind: { type: 'string', enum: SOURCE_KINDS } } },
            active: figure,
            signedOff: figure,
            overdue: figure,
          },
        },
      },
      byUnit: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            unit: ref,
            active: figure,
            signedOff: figure,
            completionRate: rateFigure,
            overdue: figure,
            lagging: figure,
            byLight,
            contributions: unitContributions,
          },
        },
      },
      period: {
        type: 'object',
        properties: {
          from: str,
          to: str,
          bucket: { type: 'string', enum: ['week', 'month'] },
          signedOff: figure,
          dispatched: figure,
          onTimeRate: rateFigure,
          trends: { type: 'array', items: { type: 'object', properties: { key: str, from: str, to: str, signedOff: figure, dispatched: figure } } },
        },
      },
      contributions,
    },
  } as const;
}

const nullStr = { type: ['string', 'null'] } as const;
export const battleMap = {
  $id: 'BattleMap',
  title: 'BattleMap',
  type: 'object',
  properties: {
    asOf: str,
    scope,
    period,
    groupBy: { type: 'string', enum: ['unit', 'source'] },
    total: figure,
    truncated: { type: 'boolean' },
    groups: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: nullInt,
          name: str,
          tasks: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: int,
                number: str,
                title: str,
                status: { type: 'string', enum: TASK_STATUSES },
                light,
                start: nullStr,
                deadline: nullStr,
                signedOffOn: nullStr,
                // A milestone's title is optional (stored only when given).
                milestones: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['due', 'doneOn', 'late'],
                    properties: { title: str, due: str, doneOn: nullStr, late: { type: 'boolean' } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

export const rankings = {
  $id: 'Rankings',
  title: 'Rankings',
  type: 'object',
  properties: {
    asOf: str,
    scope,
    period,
    weights: weightsBody,
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rank: nullInt,
          score: { type: ['number', 'null'] },
          unit: ref,
          completionRate: rateFigure,
          onTimeRate: rateFigure,
          overdue: figure,
          overdueRate: rateFigure,
          rectificationRate: { type: ['object', 'null'], properties: rateFigure.properties },
        },
      },
    },
  },
} as const;
