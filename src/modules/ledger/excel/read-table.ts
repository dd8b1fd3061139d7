import type { Cell, SheetRow as Row } from '../../../platform/excel/import-kit/index.ts';
import type { ColumnKey } from './layout.ts';

export type { Cell };
/** One row of a decomposition table, numbered as Excel shows it. */
export type SheetRow = Row<ColumnKey>;

export const MAX_IMPORT_ROWS = 5000;
