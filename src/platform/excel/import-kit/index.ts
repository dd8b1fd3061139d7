/**
 * The Excel import kit: a module declares its columns, a pure row parser, apply and undo
 * (ImportDefinition); the kit does the upload, the reading, the errors by row and column in the
 * reader's language, all-or-nothing or skip-bad-rows, the batch and its undo, and the 400 answer.
 */
export { readImportForm, assertWorkbook, type ImportForm } from './intake.ts';
export {
  runImport,
  undoImport,
  presentRowErrors,
  type ImportDefinition,
  type ImportOptions,
  type ImportOutcome,
  type RowError,
  type ParsedRow,
  type Applied,
  type PresentedRowError,
} from './pipeline.ts';
export { importRoutes, type ImportRouteOptions } from './routes.ts';
export { importResultOf, importRejected, rowError, undoneResponse } from './schema.ts';
export type { ImportBatch } from './batch-repo.ts';
export { plainCell, type Cell, type SheetRow } from '../read-table.ts';
export { excelDate } from './dates.ts';
