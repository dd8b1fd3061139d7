import type ExcelJS from 'exceljs';
import { exceljs } from '../../../platform/lazy/index.ts';
import type { BriefingContent } from '../domain/compose.ts';

/** The briefing's tables as a workbook: units, and the overdue tasks by unit. */
export async function renderBriefingXlsx(c: BriefingContent): Promise<Buffer> {
  const wb = new (exceljs().Workbook)();
  const units = wb.addWorksheet('各单位推进情况');
  units.columns = [
    { header: '单位', key: 'unit', width: 28 },
    { header: '任务数', key: 'total', width: 10 },
    { header: '已销号', key: 'signedOff', width: 10 },
    { header: '完成率', key: 'rate', width: 10 },
    { header: '逾期数', key: 'overdue', width: 10 },
  ];
  for (const r of c.figures.rows) units.addRow(r);
  units.getRow(1).font = { bold: true };
  const overdue = wb.addWorksheet('逾期任务');
  overdue.columns = [
    { header: '单位', key: 'unit', width: 28 },
    { header: '编号', key: 'number', width: 12 },
    { header: '任务', key: 'title', width: 60 },
    { header: '完成时限', key: 'deadline', width: 14 },
  ];
  for (const u of c.figures.overdueUnits) for (const t of u.tasks) overdue.addRow({ unit: u.unit, ...t });
  overdue.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
