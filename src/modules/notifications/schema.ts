import { listOf, pagingQuery } from '../../platform/http/schemas.ts';
import { LINK_TYPES } from './types.ts';

export const notificationItem = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string' },
    link: { type: ['object', 'null'], properties: { type: { type: 'string', enum: LINK_TYPES }, id: { type: 'integer' } }, required: ['type', 'id'] },
    // Kept for the bell: the task a notification opens, when its link is a task.
    taskId: { type: ['integer', 'null'] },
    title: { type: 'string' },
    body: { type: 'string' },
    createdAt: { type: 'string' },
    readAt: { type: ['string', 'null'] },
  },
  required: ['id', 'kind', 'link', 'taskId', 'title', 'body', 'createdAt', 'readAt'],
} as const;

export const notificationList = listOf(notificationItem);

export const notificationQuery = { type: 'object', properties: { ...pagingQuery, unread: { type: 'boolean' } }, additionalProperties: false } as const;
