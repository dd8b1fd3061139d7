import type ExcelJS from 'exceljs';

/**
 * Print setup every sheet gets: A4 (exceljs defaults to Letter), one page wide, narrow margins,
 * the header row repeated on each page and `第 &P 页 共 &N 页` in the footer.
 */
export function printSetup(ws: ExcelJS.Worksheet, o: { headerRow: number; landscape: boolean }): void {
  Object.assign(ws.pageSetup, pageSetupOf(o));
  ws.headerFooter.oddFooter = '&C第 &P 页 共 &N 页';
  ws.headerFooter.evenFooter = '&C第 &P 页 共 &N 页';
}

/**
 * The page setup alone, for exceljs' streaming writer: it writes <sheetPr fitToPage> when the
 * sheet is added, so the setup must go in addWorksheet's options (assigned later it is lost).
 */
export function pageSetupOf(o: { headerRow: number; landscape: boolean }): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: o.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${o.headerRow}:${o.headerRow}`,
    margins: { left: 0.25, right: 0.25, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.25 },
  } as Partial<ExcelJS.PageSetup>;
}

/** Landscape when the columns are wider than an A4 portrait page holds (about 95 characters). */
export const isWide = (widths: number[]) => widths.reduce((n, w) => n + w, 0) > 95;

/** Display width in character units: CJK and full-width characters take two. */
const textWidth = (s: string) =>
  [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

/**
 * A row's height (points) for wrapped text: readers other than Excel (LibreOffice, WPS, printing)
 * do not grow a row to its text, so the height is written, estimated from the text and the widths.
 */
export function rowHeight(values: unknown[], widths: number[], fontSize = 11, min = 20): number {
  let lines = 1;
  values.forEach((v, i) => {
    if (v === null || v === undefined || v instanceof Date || typeof v === 'number') return;
    const room = Math.max(1, (widths[i] ?? 10) - 1.5);
    const n = String(v)
      .split(/\r?\n/)
      .reduce((k, part) => k + Math.max(1, Math.ceil(textWidth(part) / room)), 0);
    lines = Math.max(lines, n);
  });
  return Math.max(min, Math.ceil(lines * fontSize * 1.35 + 6));
}
