import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Locale } from '../../../platform/i18n/index.ts';
import { cellStyles, TableSheetWriter } from '../../../platform/excel/sheet-writer.ts';
import type { ProblemItem } from '../service/present.ts';
import { exportColumns, headers, lightFills, lightLabels, statusLabels } from './layout.ts';

const centredKeys = new Set(['number', 'category', 'status', 'unit']);

export interface LedgerLine {
  item: ProblemItem;
  measures: string;
  progress: string;
}

/** 整改台账 in its usual layout, streamed. */
export class ProblemSheetWriter extends TableSheetWriter {
  constructor(
    out: Writable,
    private readonly locale: Locale,
    title: string,
  ) {
    super(out, {
      sheetName: locale === 'en-US' ? 'Rectification' : '整改台账',
      title,
      columns: exportColumns.map((c) => ({ ...c, header: headers[locale][c.key] })),
    });
  }

  addLine(line: LedgerLine): void {
    const { item } = line;
    const values: Record<string, ExcelJS.CellValue> = {
      number: this.next,
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
    this.add(
      exportColumns.map((c) => ({
        value: values[c.key],
        style:
          c.key === 'light' && item.light
            ? cellStyles.fill(lightFills[item.light])
            : c.key === 'deadline'
              ? cellStyles.date
              : centredKeys.has(c.key)
                ? cellStyles.centred
                : cellStyles.text,
      })),
    );
  }
}
