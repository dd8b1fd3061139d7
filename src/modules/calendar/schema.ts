import { MAX_NAME_LENGTH } from '../../platform/calendar/index.ts';

export const yearQuery = {
  type: 'object',
  required: ['year'],
  properties: { year: { type: 'integer', minimum: 1990, maximum: 2100 } },
  additionalProperties: false,
} as const;

const day = {
  type: 'object',
  required: ['date', 'kind', 'name'],
  properties: {
    date: { type: 'string', maxLength: 10 },
    kind: { type: 'string', enum: ['holiday', 'workday'] },
    name: { type: 'string', maxLength: MAX_NAME_LENGTH * 4 },
  },
  additionalProperties: false,
} as const;

export const setYearBody = {
  type: 'object',
  required: ['days'],
  properties: { days: { type: 'array', maxItems: 366, items: day } },
  additionalProperties: false,
} as const;

export const loadBody = {
  type: 'object',
  required: ['text'],
  properties: { text: { type: 'string', maxLength: 100_000 } },
  additionalProperties: false,
} as const;

const yearSummary = {
  type: 'object',
  required: ['year', 'holidays', 'workdays'],
  properties: { year: { type: 'integer' }, holidays: { type: 'integer' }, workdays: { type: 'integer' } },
} as const;

export const calendarYear = {
  $id: 'CalendarYear',
  title: 'CalendarYear',
  type: 'object',
  required: ['year', 'loaded', 'days', 'years'],
  properties: {
    year: { type: 'integer' },
    loaded: { type: 'boolean' },
    days: { type: 'array', items: day },
    years: { type: 'array', items: yearSummary },
  },
} as const;

export const loadResult = { type: 'object', required: ['years'], properties: { years: { type: 'array', items: yearSummary } } } as const;
