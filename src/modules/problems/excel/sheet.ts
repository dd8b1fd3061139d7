import type { Writable } from 'node:stream';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { ProblemItem } from '../service/present.ts';
import { exportColumns, headers, lightFills, lightLabels, statusLabels } from './layout.ts';

const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
const font = { name: '宋体', size: 11 };
// Shared style objects: exceljs keys its style table by content, so a long ledger stays cheap.
const cell = { font, border: { top: thin, left: thin, bottom: thin, right: thin }, alignment: { vertical: 'middle' as const, wrapText: true } };
const centred = { ...cell, alignment: { ...cell.alignment, horizontal: 'center' as const } };
const dateCell = { ...centred, numFmt: 'yyyy-mm-dd' };
const headerStyle = { ...centred, font: { ...font, bold: true }, fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } } };
const lightStyle = Object.fromEntries(Object.entries(lightFills).map(([k, argb]) => [k, { ...centred, fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } } }])) as Record<
  keyof typeof lightFills,
  Partial<ExcelJS.Style>
>;
const centredKeys = new Set(['number', 'category', 'status', 'unit']);

export interface LedgerLine {
  item: ProblemItem;
  measures: string;
  progress: string;
}

/** 整改台账, row by row through exceljs' streaming writer: committed rows leave memory. */
export class ProblemSheetWriter {
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
    this.ws = this.wb.addWorksheet(locale === 'en-US' ? 'Rectification' : '整改台账', {
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
      head.getCell(i + 1).value = headers[locale][c.key];
      head.getCell(i + 1).style = headerStyle;
    });
    head.commit();
    this.ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: exportColumns.length } };
  }

  add(line: LedgerLine): void {
    const { item } = line;
    const values: Record<string, ExcelJS.CellValue> = {
      number: ++this.n,
      source: item.sourceTitle,
      finding: item.finding,
      category: item.category,
      unit: item.unit.name,
      measures: line.measures,
      deadline: new Date(`${item.deadline}T00:00:00Z`),
      progress: line.progress,
      status: statusLabels[this.locale][item.status],
      light: item.light ? lightLabels[this.locale][item.light] : '',
    };
    const row = this.ws.getRow(this.n + 2);
    exportColumns.forEach((c, i) => {
      const x = row.getCell(i + 1);
      x.value = values[c.key];
      x.style = c.key === 'light' && item.light ? lightStyle[item.light] : c.key === 'deadline' ? dateCell : centredKeys.has(c.key) ? centred : cell;
    });
    row.commit();
  }

  /** Lets the zip and the response take what was written before the next page is read. */
  async drain(): Promise<void> {
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
    await new Promise((r) => setImmediate(r));
  }

  get rows() {
    return this.n;
  }

  async finish(): Promise<void> {
    this.ws.commit();
    await this.wb.commit();
  }
}
