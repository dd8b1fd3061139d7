import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '../../../platform/i18n/index.ts';
import { ledgerStatusLabels, type TaskStatus } from '../domain/index.ts';
import type { TaskItem } from '../service/present.ts';
import { categoryLabels, exportColumns, headers, lightFills, lightLabels, yesNo, type Category } from './layout.ts';

const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = { name: '宋体', size: 11 };
// One style object per kind of cell: exceljs keys its style table by content, and shared objects keep a 100,000-row file cheap.
const cell = { font, border, alignment: { vertical: 'middle' as const, wrapText: true } };
const centred = { ...cell, alignment: { ...cell.alignment, horizontal: 'center' as const } };
const dateCell = { ...centred, numFmt: 'yyyy-mm-dd' };
const headerStyle = { ...centred, font: { ...font, bold: true }, fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } } };
const lightStyle = Object.fromEntries(
  Object.entries(lightFills).map(([k, argb]) => [k, { ...centred, fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } } }]),
) as Record<keyof typeof lightFills, Partial<ExcelJS.Style>>;
/** Uncompressed XML allowed to wait for the zip before the next page is read. */
const BACKLOG = 1024 * 1024;
const centredKeys = new Set(['number', 'owner', 'status', 'category', 'key']);

/** The ledger row as the sheet shows it; unit names come already as their unique labels. */
export interface LedgerLine {
  item: TaskItem;
  leadUnit: string;
  supportingUnits: string;
}

/**
 * Writes the ledger sheet row by row into `out` with exceljs' streaming writer: each committed
 * row leaves memory, so the size of the ledger does not change the size of the process.
 */
export class LedgerSheetWriter {
  private wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private ws: ExcelJS.Worksheet;
  private n = 0;

  constructor(
    private readonly out: Writable,
    private readonly locale: Locale,
    title: string,
  ) {
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.wb.creator = 'Luoshi 落实';
    this.ws = this.wb.addWorksheet(locale === 'en-US' ? 'Ledger' : '台账', {
      views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
    });
    this.ws.columns = exportColumns.map((c) => ({ key: c.key, width: c.width }));
    const titleRow = this.ws.getRow(1);
    titleRow.height = 32;
    titleRow.getCell(1).value = title;
    titleRow.getCell(1).style = { font: { name: '方正小标宋简体', size: 18, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } };
    this.ws.mergeCells(1, 1, 1, exportColumns.length);
    titleRow.commit();
    const head = this.ws.getRow(2);
    head.height = 22;
    exportColumns.forEach((c, i) => {
      const h = head.getCell(i + 1);
      h.value = headers[locale][c.key];
      h.style = headerStyle;
    });
    head.commit();
    this.ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: exportColumns.length } };
  }

  add(line: LedgerLine): void {
    const { item } = line;
    const values: Record<string, unknown> = {
      number: ++this.n,
      title: item.title,
      leadUnit: line.leadUnit,
      supportingUnits: line.supportingUnits,
      owner: item.owner?.name ?? '',
      // A date cell Excel can sort and filter; a phrase without a date (长期坚持) stays text.
      deadline: item.deadline ? new Date(`${item.deadline}T00:00:00Z`) : (item.deadlinePhrase ?? ''),
      progress: item.latestReport ? (item.progress ? `${item.latestReport}（${item.progress}%）` : item.latestReport) : '',
      status: ledgerStatusLabels[this.locale][item.status as TaskStatus] ?? item.status,
      light: item.light ? lightLabels[this.locale][item.light] : '',
      category: categoryLabels[this.locale][item.category as Category] ?? item.category,
      key: yesNo[this.locale][item.key ? 0 : 1],
    };
    const row = this.ws.getRow(this.n + 2);
    exportColumns.forEach((c, i) => {
      const x = row.getCell(i + 1);
      x.value = values[c.key] as ExcelJS.CellValue;
      x.style = c.key === 'light' && item.light ? lightStyle[item.light] : c.key === 'deadline' && item.deadline ? dateCell : centredKeys.has(c.key) ? centred : cell;
    });
    row.commit();
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
    if (this.out.destroyed && !this.out.writableFinished) throw new Error('ledger export aborted: the reader went away');
  }

  get rows() {
    return this.n;
  }

  async finish(): Promise<void> {
    const aborted = () => new Error('ledger export aborted: the reader went away');
    if (this.out.destroyed) throw aborted();
    this.ws.commit();
    const gone = new Promise<never>((_, reject) => this.out.once('close', () => !this.out.writableFinished && reject(aborted())));
    gone.catch(() => {});
    await Promise.race([this.wb.commit(), gone]);
  }
}
