import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors.ts';
import { columnOfHeader, type ImportKey } from './layout.ts';

export type Cell = string | number | Date | null;

export interface SheetRow {
  row: number;
  cells: Partial<Record<ImportKey, Cell>>;
}

export const MAX_IMPORT_ROWS = 2000;

function plain(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  if ('text' in v) return plain(v.text as ExcelJS.CellValue);
  return null;
}

const blank = (c: Cell | undefined) => c === null || c === undefined || (typeof c === 'string' && !c.trim());

/** The header row: among the top rows, the first naming the problem column and another. */
function findHeader(ws: ExcelJS.Worksheet) {
  for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
    const columns = new Map<number, ImportKey>();
    ws.getRow(r).eachCell((c, col) => {
      const text = plain(c.value);
      const key = typeof text === 'string' ? columnOfHeader(text) : undefined;
      if (key && ![...columns.values()].includes(key)) columns.set(col, key);
    });
    if ([...columns.values()].includes('finding') && columns.size >= 2) return { at: r, columns };
  }
  return null;
}

/** The first sheet with a problem-list header, as rows keyed by column; title rows and blank rows skipped. */
export async function readProblemTable(data: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('problems.import_unreadable', 'invalid');
  }
  for (const ws of wb.worksheets) {
    const header = findHeader(ws);
    if (!header) continue;
    const rows: SheetRow[] = [];
    for (let r = header.at + 1; r <= ws.rowCount; r++) {
      const cells: SheetRow['cells'] = {};
      for (const [col, key] of header.columns) cells[key] = plain(ws.getRow(r).getCell(col).value);
      if (Object.values(cells).every(blank)) continue;
      rows.push({ row: r, cells });
      if (rows.length > MAX_IMPORT_ROWS) throw new AppError('problems.import_too_many', 'tooLarge', { max: MAX_IMPORT_ROWS });
    }
    if (!rows.length) throw new AppError('problems.import_empty', 'invalid');
    return rows;
  }
  throw new AppError('problems.import_no_header', 'invalid');
}
