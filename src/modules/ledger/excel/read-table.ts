import { readTable as readSheet, type Cell, type SheetRow as Row } from '../../../platform/excel/read-table.ts';
import { columnOfHeader, type ColumnKey } from './layout.ts';

export type { Cell };
/** One row of a decomposition table, numbered as Excel shows it. */
export type SheetRow = Row<ColumnKey>;

export const MAX_IMPORT_ROWS = 5000;

/** A decomposition table (任务分解表): the sheet whose header names 任务内容 and another column. */
export const readTable = (data: Buffer) => readSheet<ColumnKey>(data, { columnOf: columnOfHeader, required: 'title', maxRows: MAX_IMPORT_ROWS, errorPrefix: 'ledger' });
