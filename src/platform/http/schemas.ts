/** Schema pieces shared by every module's routes. */
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1 } },
} as const;

export const pagingQuery = {
  page: { type: 'integer', minimum: 1, default: 1 },
  pageSize: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
} as const;

export const dateString = { type: 'string', format: 'date' } as const;

/** `{ total, items }`: the answer of every list endpoint. */
export function listOf(item: object) {
  return { type: 'object', properties: { total: { type: 'integer' }, items: { type: 'array', items: item } } } as const;
}

export interface Paging {
  page: number;
  pageSize: number;
}
export const offsetOf = (p: Paging) => (p.page - 1) * p.pageSize;
