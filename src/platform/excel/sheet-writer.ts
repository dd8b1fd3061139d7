import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { exceljs } from '../lazy/index.ts';
import { isWide, pageSetupOf, printSetup, rowHeight } from './print.ts';

const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
const font = { name: '宋体', size: 11 };
// One style object per kind of cell: exceljs keys its style table by content, and shared objects keep a 100,000-row file cheap.
const cell = { font, border: { top: thin, left: thin, bottom: thin, right: thin }, alignment: { vertical: 'middle' as const, wrapText: true } };
const centred = { ...cell, alignment: { ...cell.alignment, horizontal: 'center' as const } };
const fills = new Map<string, Partial<ExcelJS.Style>>();

/** The cell styles of the usual ledger layout; `fill` colours a cell (traffic lights). */
export const cellStyles = {
  text: cell as Partial<ExcelJS.Style>,
  centred: centred as Partial<ExcelJS.Style>,
  date: { ...centred, numFmt: 'yyyy-mm-dd' } as Partial<ExcelJS.Style>,
  header: { ...centred, font: { ...font, bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } } as Partial<ExcelJS.Style>,
  fill(argb: string): Partial<ExcelJS.Style> {
    let s = fills.get(argb);
    if (!s) fills.set(argb, (s = { ...centred, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } }));
    return s;
  },
};

/** Traffic-light fills (红黄绿灯) as ledgers colour them. */
export const lightFills = { red: 'FFFF4D4F', yellow: 'FFFFD666', green: 'FF73D13D' } as const;

export interface SheetColumn {
  key: string;
  width: number;
  header: string;
}

/** Uncompressed XML allowed to wait for the zip before the next page is read. */
const BACKLOG = 1024 * 1024;

/**
 * The usual ledger layout (台账): a merged title row, a frozen, filterable header row, bordered
 * rows — written row by row with exceljs' streaming writer, so each committed row leaves memory
 * and the size of the ledger does not change the size of the process.
 */
export class TableSheetWriter {
  private wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private ws: ExcelJS.Worksheet;
  private n = 0;
  private widths: number[];
  /** The header row: 2, or 3 when a line (填报单位 / 填报日期) sits under the title. */
  private readonly headerRow: number;

  constructor(
    private readonly out: Writable,
    opts: { sheetName: string; title: string; columns: SheetColumn[]; subtitle?: string },
  ) {
    this.wb = new (exceljs().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
    this.wb.creator = 'Luoshi 落实';
    this.headerRow = opts.subtitle === undefined ? 2 : 3;
    this.ws = this.wb.addWorksheet(opts.sheetName, {
      views: [{ state: 'frozen', ySplit: this.headerRow, xSplit: 0 }],
      pageSetup: pageSetupOf({ headerRow: this.headerRow, landscape: isWide(opts.columns.map((c) => c.width)) }),
    });
    printSetup(this.ws, { headerRow: this.headerRow, landscape: isWide(opts.columns.map((c) => c.width)) });
    this.widths = opts.columns.map((c) => c.width);
    this.ws.columns = opts.columns.map((c) => ({ key: c.key, width: c.width }));
    const titleRow = this.ws.getRow(1);
    titleRow.height = 32;
    titleRow.getCell(1).value = opts.title;
    titleRow.getCell(1).style = { font: { name: '方正小标宋简体', size: 18, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } };
    this.ws.mergeCells(1, 1, 1, opts.columns.length);
    titleRow.commit();
    if (opts.subtitle !== undefined) {
      const line = this.ws.getRow(2);
      line.height = 22;
      line.getCell(1).value = opts.subtitle;
      line.getCell(1).style = { font: { ...font, size: 12 }, alignment: { horizontal: 'left', vertical: 'middle' } };
      this.ws.mergeCells(2, 1, 2, opts.columns.length);
      line.commit();
    }
    const head = this.ws.getRow(this.headerRow);
    head.height = 22;
    opts.columns.forEach((c, i) => {
      const h = head.getCell(i + 1);
      h.value = c.header;
      h.style = cellStyles.header;
    });
    head.commit();
    this.ws.autoFilter = { from: { row: this.headerRow, column: 1 }, to: { row: this.headerRow, column: opts.columns.length } };
  }

  /** Appends one row: its values and styles in column order. Returns its 序号 (1-based). */
  add(cells: { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[]): number {
    const row = this.ws.getRow(++this.n + this.headerRow);
    cells.forEach((c, i) => {
      const x = row.getCell(i + 1);
      x.value = c.value;
      x.style = c.style;
    });
    row.height = rowHeight(
      cells.map((c) => c.value),
      this.widths,
    );
    row.commit();
    return this.n;
  }

  /** The 序号 the next row gets. */
  get next() {
    return this.n + 1;
  }

  get rows() {
    return this.n;
  }

  /**
   * Waits until the zip has taken the rows written so far. exceljs pushes the sheet's XML into
   * the archive without back-pressure, so without this wait a fast database and a slow reader
   * (or slow deflate) would hold the whole uncompressed sheet in memory.
   */
  async drain(): Promise<void> {
    // The sheet's XML goes through archiver's PassThrough (readable-stream 2: no writableNeedDrain).
    const sink = (this.ws as unknown as { stream?: { pipes?: (Writable & { _writableState?: { length: number } })[] } }).stream?.pipes?.[0];
    while ((sink?._writableState?.length ?? 0) > BACKLOG) await this.until(sink!);
    if (this.out.writableNeedDrain) await this.until(this.out);
    await new Promise((r) => setImmediate(r));
  }

  /** A drain, or the reader gone (the browser closed the download): then the export stops. */
  private async until(stream: Writable): Promise<void> {
    if (!this.out.destroyed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          this.out.off('close', done);
          resolve();
        };
        stream.once('drain', done);
        this.out.once('close', done);
      });
    }
    if (this.out.destroyed && !this.out.writableFinished) throw new Error('export aborted: the reader went away');
  }

  async finish(): Promise<void> {
    const aborted = () => new Error('export aborted: the reader went away');
    if (this.out.destroyed) throw aborted();
    this.ws.commit();
    const gone = new Promise<never>((_, reject) => this.out.once('close', () => !this.out.writableFinished && reject(aborted())));
    gone.catch(() => {});
    await Promise.race([this.wb.commit(), gone]);
  }
}
