/** Schema pieces shared by every module's routes. */

/**
 * What a path id must look like before Ajv coerces it: digits only, no sign, space or exponent
 * (`" 1"` or `"1e0"` would otherwise be read as 1). input-guards.ts checks every integer path
 * parameter against it; the maximum keeps ids inside PostgreSQL's integer.
 */
export const ID_PATTERN = /^[1-9][0-9]{0,15}$/;
export const MAX_ID = 2_147_483_647;
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1, maximum: MAX_ID } },
} as const;

/** Every array in a request body is bounded; an id array gets at most this many ids. */
export const MAX_IDS = 1000;
/** @public (route kit) */
export const idArray = { type: 'array', maxItems: MAX_IDS, items: { type: 'integer', minimum: 1, maximum: MAX_ID } } as const;

export const pagingQuery = {
  // A page past 100,000 is never a real request; without a maximum `page=1e300` reaches the SQL OFFSET.
  page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 },
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

/**
 * The body of every 4xx answer (see errors.ts): a code, a localized message, per-field errors.
 * Open to more properties: an import rejection also carries its row counts and row errors.
 */
export const errorResponse = {
  $id: 'ErrorResponse',
  title: 'ErrorResponse',
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } }, additionalProperties: true },
    },
    params: { type: 'object', additionalProperties: true },
  },
  additionalProperties: true,
} as const;

/** A file answer (xlsx, docx, pdf): the serializer never touches a Buffer or a stream. */
export const binaryResponse = { type: 'string', format: 'binary' } as const;

/** `{ ok: true }`: the answer of a command with nothing else to say. @public (route kit) */
export const okResponse = { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } } as const;

/** A 204 answer: no body. */
export const noContent = { type: 'null', description: 'No content' } as const;

/** A file answer of one media type (xlsx, docx): documented as binary, never serialized. */
export function fileResponse(mime: string, description: string) {
  return { description, content: { [mime]: { schema: binaryResponse } } };
}
