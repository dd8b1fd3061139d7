/** GET /api/me/todo: the caller's to-do (待办) lines, every module's in module order. */
export const toDoList = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          key: { type: 'string', description: '<module>.<name>; the web labels it home.todo.<key>' },
          count: { type: 'integer', minimum: 0 },
          link: { type: 'string', description: 'The web page that lists exactly what the count counts' },
          severity: { type: 'string', enum: ['info', 'warning', 'danger'] },
          note: { type: ['string', 'null'], description: 'The latest one in words (被退回: the reason), or null' },
        },
      },
    },
  },
} as const;
