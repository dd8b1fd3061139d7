import type ExcelJS from 'exceljs';
import { exceljs } from '../lazy/index.ts';
import type { Locale } from '../i18n/index.ts';
import { printSetup, rowHeight } from './print.ts';

/** What a module says about its import template; the kit lays it out the one way every template reads. */
export interface TemplateSpec<K extends string> {
  locale: Locale;
  /** The fill-in sheet's name (任务分解表, 问题清单, 党组织). */
  sheet: string;
  columns: readonly { key: K; width: number }[];
  /** Column headers in `locale`: the same words the import reads back. */
  headers: Record<K, string>;
  required: ReadonlySet<K>;
  /** Per column, in `locale`: how to fill it in, and an example (the header cell's note is the first). */
  notes: Partial<Record<K, readonly [string, string]>>;
  /** The instructions sheet's title, then its lines. */
  intro: readonly string[];
}

export interface StartedTemplate<K extends string> {
  wb: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  /** The column letter of a key, for data validation and number formats on the fill-in rows. */
  letter: (key: K) => string;
  /** Adds the instructions sheet (after the module's own sheets and pick lists) and writes the file. */
  finish: () => Promise<Buffer>;
}

const HELP_WIDTHS = [14, 70, 40];

/**
 * An import template (ledger, problems, party organizations, and the modules to come): a fill-in
 * sheet with a frozen header row, required columns marked （必填）/ * and tinted, each header's
 * note saying how to fill it in; then, on `finish`, an instructions sheet with a row per column.
 * The module adds its pick lists (`hiddenLists`), print setup and formats in between.
 */
export function startTemplate<K extends string>(spec: TemplateSpec<K>): StartedTemplate<K> {
  const en = spec.locale === 'en-US';
  const wb = new (exceljs().Workbook)();
  wb.creator = 'Luoshi 落实';
  const sheet = wb.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({
    key: c.key,
    width: c.width,
    header: spec.headers[c.key] + (spec.required.has(c.key) ? (en ? ' *' : '（必填）') : ''),
  }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  spec.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: spec.required.has(c.key) ? 'FFFFE7BA' : 'FFD9E1F2' } };
    cell.note = spec.notes[c.key]?.[0] ?? '';
  });
  const letter = (key: K) => sheet.getColumn(spec.columns.findIndex((c) => c.key === key) + 1).letter;

  const finish = async () => {
    const help = wb.addWorksheet(en ? 'Instructions' : '填写说明');
    help.columns = HELP_WIDTHS.map((width) => ({ width }));
    help.addRow([spec.intro[0]]).font = { bold: true, size: 14 };
    for (const line of spec.intro.slice(1)) help.addRow([line]);
    help.addRow([]);
    help.addRow(en ? ['Column', 'How to fill it in', 'Example'] : ['列', '填写要求', '示例']).font = { bold: true };
    for (const c of spec.columns) {
      const values = [spec.headers[c.key], ...(spec.notes[c.key] ?? ['', ''])];
      const row = help.addRow(values);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.height = rowHeight(values, HELP_WIDTHS);
    }
    printSetup(help, { headerRow: 5, landscape: false });
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  return { wb, sheet, letter, finish };
}
