import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors.ts';
import { columnOfHeader, type ColumnKey } from './layout.ts';

export type Cell = string | number | Date | null;

/** One row of a decomposition table, numbered as Excel shows it. */
export interface SheetRow {
  row: number;
  cells: Partial<Record<ColumnKey, Cell>>;
}

export const MAX_IMPORT_ROWS = 5000;
const HEADER_SEARCH_ROWS = 10;

function plain(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return null;
  if ('text' in v) return plain(v.text as ExcelJS.CellValue);
  return null;
}

const isBlank = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

/** The header row: the first of the top rows that names the task column and at least one other. */
function findHeader(ws: ExcelJS.Worksheet): { at: number; columns: Map<number, ColumnKey> } | null {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const columns = new Map<number, ColumnKey>();
    ws.getRow(r).eachCell((c, col) => {
      const text = plain(c.value);
      const key = typeof text === 'string' ? columnOfHeader(text) : undefined;
      if (key && ![...columns.values()].includes(key)) columns.set(col, key);
    });
    if ([...columns.values()].includes('title') && columns.size >= 2) return { at: r, columns };
  }
  return null;
}

/**
 * Reads the first sheet that has a ledger header row (the template's instructions sheet has
 * none) into rows keyed by column. Title rows above the header and blank rows are skipped.
 */
export async function readTable(data: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('ledger.import_unreadable', 'invalid');
  }
  for (const ws of wb.worksheets) {
    const header = findHeader(ws);
    if (!header) continue;
    const rows: SheetRow[] = [];
    for (let r = header.at + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: SheetRow['cells'] = {};
      for (const [col, key] of header.columns) cells[key] = plain(row.getCell(col).value);
      if (Object.values(cells).every(isBlank)) continue;
      rows.push({ row: r, cells });
      if (rows.length > MAX_IMPORT_ROWS) throw new AppError('ledger.import_too_many', 'tooLarge', { max: MAX_IMPORT_ROWS });
    }
    if (!rows.length) throw new AppError('ledger.import_empty', 'invalid');
    return rows;
  }
  throw new AppError('ledger.import_no_header', 'invalid');
}
