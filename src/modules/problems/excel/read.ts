import { readTable, type Cell, type SheetRow as Row } from '../../../platform/excel/read-table.ts';
import { columnOfHeader, type ImportKey } from './layout.ts';

export type { Cell };
export type SheetRow = Row<ImportKey>;

export const MAX_IMPORT_ROWS = 2000;

/** A problem list: the sheet whose header names 问题描述 and another column. */
export const readProblemTable = (data: Buffer) => readTable<ImportKey>(data, { columnOf: columnOfHeader, required: 'finding', maxRows: MAX_IMPORT_ROWS, errorPrefix: 'problems' });
