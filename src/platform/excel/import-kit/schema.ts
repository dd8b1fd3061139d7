/** Response schemas of every module's Excel import. */

/** One bad cell: the row and column as Excel shows them, the column's header, the reason. */
export const rowError = {
  type: 'object',
  required: ['row', 'column', 'field', 'message'],
  properties: {
    row: { type: 'integer' },
    column: { type: ['string', 'null'], description: 'The column letter in the uploaded file (null when the file lacks the column)' },
    field: { type: 'string', description: 'The column header in the reader’s language' },
    message: { type: 'string' },
  },
} as const;

const counts = {
  batchId: { type: ['integer', 'null'], description: 'The batch to undo; null when nothing was imported' },
  imported: { type: 'integer' },
  skipped: { type: 'integer', description: 'Rows left out for their errors' },
  errors: { type: 'array', items: rowError },
} as const;

/** The 201 of an import: the counts, the row errors (rows skipped with skipBadRows) and the module's own fields. */
export function importResultOf<P extends Record<string, unknown>, Q extends readonly string[]>(extra: P, extraRequired: Q) {
  return {
    type: 'object',
    required: ['batchId', 'imported', 'skipped', 'errors', ...extraRequired],
    properties: { ...counts, ...extra },
  } as const;
}

/**
 * The one "import rejected" 400: nothing was imported, every bad row is listed by row and column.
 * The same status carries the other 400s (an unreadable file, a missing field): so only code and
 * message are required and other properties pass, or the serializer would fail those answers.
 */
export const importRejected = {
  title: 'ImportRejected',
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', description: '`<module>.import_rejected` when rows are wrong' },
    message: { type: 'string' },
    batchId: { type: 'null' },
    imported: { type: 'integer' },
    skipped: { type: 'integer' },
    errors: { type: 'array', items: { ...rowError, required: [], additionalProperties: true } },
    params: { type: 'object', additionalProperties: true },
  },
  additionalProperties: true,
} as const;

export const undoneResponse = {
  type: 'object',
  required: ['batchId', 'removed'],
  properties: { batchId: { type: 'integer' }, removed: { type: 'integer' } },
} as const;
