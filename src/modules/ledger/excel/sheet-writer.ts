import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Locale } from '../../../platform/i18n/index.ts';
import { cellStyles, TableSheetWriter } from '../../../platform/excel/sheet-writer.ts';
import { ledgerStatusLabels, type TaskStatus } from '../domain/index.ts';
import type { TaskItem } from '../service/present.ts';
import { categoryLabels, exportColumns, headers, lightFills, lightLabels, yesNo, type Category } from './layout.ts';

const centredKeys = new Set(['number', 'code', 'owner', 'status', 'light', 'category', 'key']);

/** The ledger row as the sheet shows it; unit names come already as their unique labels. */
export interface LedgerLine {
  item: TaskItem;
  leadUnit: string;
  supportingUnits: string;
  /** 具体措施: the list does not carry it, the export reads it with the row. */
  measures: string;
}

/** 台账 in its usual layout (序号, 任务内容, 牵头单位 … 亮灯 coloured), streamed. */
export class LedgerSheetWriter extends TableSheetWriter {
  constructor(
    out: Writable,
    private readonly locale: Locale,
    title: string,
    subtitle?: string,
  ) {
    super(out, {
      sheetName: locale === 'en-US' ? 'Ledger' : '台账',
      title,
      subtitle,
      columns: exportColumns.map((c) => ({ ...c, header: headers[locale][c.key] })),
    });
  }

  addLine(line: LedgerLine): void {
    const { item } = line;
    const values: Record<string, unknown> = {
      number: this.next,
      code: item.number,
      source: item.source?.title ?? '',
      title: item.title,
      measures: line.measures,
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
      // 备注 is the unit's own column, blank in what Luoshi writes.
      remark: '',
    };
    this.add(
      exportColumns.map((c) => ({
        value: values[c.key] as ExcelJS.CellValue,
        style:
          c.key === 'light' && item.light
            ? cellStyles.fill(lightFills[item.light])
            : c.key === 'deadline' && item.deadline
              ? cellStyles.date
              : centredKeys.has(c.key)
                ? cellStyles.centred
                : cellStyles.text,
      })),
    );
  }
}
