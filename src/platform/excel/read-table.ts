import type ExcelJS from 'exceljs';
import { exceljs } from '../lazy/index.ts';
import { AppError } from '../errors.ts';

export type Cell = string | number | Date | null;

/** One row of an imported table, numbered as Excel shows it, keyed by the columns found. */
export interface SheetRow<K extends string> {
  row: number;
  cells: Partial<Record<K, Cell>>;
}

export interface TableSpec<K extends string> {
  /** The column a header cell names, if any (both languages, common variants). */
  columnOf: (header: string) => K | undefined;
  /** The column whose header marks the header row (with at least one other). */
  required: K;
  maxRows: number;
  /** Message codes: `${prefix}.import_unreadable`, `_no_header`, `_empty`, `_too_many`. */
  errorPrefix: string;
}

const HEADER_SEARCH_ROWS = 10;

/** A cell's value as text, number or date: rich text joined, formulas by their cached result. */
export function plainCell(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plainCell(v.result as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return null;
  if ('text' in v) return plainCell(v.text as ExcelJS.CellValue);
  return null;
}

const isBlank = (c: Cell | undefined) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

function findHeader<K extends string>(ws: ExcelJS.Worksheet, spec: TableSpec<K>): { at: number; columns: Map<number, K> } | null {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const columns = new Map<number, K>();
    ws.getRow(r).eachCell((c, col) => {
      const text = plainCell(c.value);
      const key = typeof text === 'string' ? spec.columnOf(text) : undefined;
      if (key && ![...columns.values()].includes(key)) columns.set(col, key);
    });
    if ([...columns.values()].includes(spec.required) && columns.size >= 2) return { at: r, columns };
  }
  return null;
}

/** The rows of an imported table and, per column found, its letter as Excel shows it ("D"). */
export interface ReadSheet<K extends string> {
  rows: SheetRow<K>[];
  letters: Partial<Record<K, string>>;
}

/**
 * Reads the first sheet that has a header row (a template's instructions sheet has none) into
 * rows keyed by column. Title rows above the header and blank rows are skipped; users' files
 * carry both. Every failure is a coded error the import reports to the user.
 */
export async function readSheet<K extends string>(data: Buffer, spec: TableSpec<K>): Promise<ReadSheet<K>> {
  const wb = new (exceljs().Workbook)();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError(`${spec.errorPrefix}.import_unreadable`, 'invalid');
  }
  for (const ws of wb.worksheets) {
    const header = findHeader(ws, spec);
    if (!header) continue;
    const rows: SheetRow<K>[] = [];
    for (let r = header.at + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: SheetRow<K>['cells'] = {};
      for (const [col, key] of header.columns) cells[key] = plainCell(row.getCell(col).value);
      if (Object.values(cells).every((c) => isBlank(c as Cell))) continue;
      rows.push({ row: r, cells });
      if (rows.length > spec.maxRows) throw new AppError(`${spec.errorPrefix}.import_too_many`, 'tooLarge', { max: spec.maxRows });
    }
    if (!rows.length) throw new AppError(`${spec.errorPrefix}.import_empty`, 'invalid');
    const letters: Partial<Record<K, string>> = {};
    for (const [col, key] of header.columns) letters[key] = ws.getColumn(col).letter;
    return { rows, letters };
  }
  throw new AppError(`${spec.errorPrefix}.import_no_header`, 'invalid');
}
