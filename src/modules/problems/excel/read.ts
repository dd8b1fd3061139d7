import type { Cell, SheetRow as Row } from '../../../platform/excel/import-kit/index.ts';
import type { ImportKey } from './layout.ts';

export type { Cell };
export type SheetRow = Row<ImportKey>;

export const MAX_IMPORT_ROWS = 2000;
