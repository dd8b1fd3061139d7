import type ExcelJS from 'exceljs';
import { exceljs } from '../../../platform/lazy/index.ts';
import { cellStyles } from '../../../platform/excel/sheet-writer.ts';
import { isWide, printSetup, rowHeight } from '../../../platform/excel/print.ts';
import { tableRows, type BriefingContent } from '../domain/compose.ts';

type Col = { header: string; width: number; style: Partial<ExcelJS.Style> };
const percentStyle = { ...cellStyles.centred, numFmt: '0.0%' } as Partial<ExcelJS.Style>;

/** One sheet in the ledger's layout: merged title, bordered frozen header, heights, print setup. */
function sheet(wb: ExcelJS.Workbook, name: string, title: string, cols: Col[], rows: ExcelJS.CellValue[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  const widths = cols.map((c) => c.width);
  ws.columns = cols.map((c) => ({ width: c.width }));
  printSetup(ws, { headerRow: 2, landscape: isWide(widths) });
  ws.mergeCells(1, 1, 1, cols.length);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.style = { font: { name: '方正小标宋简体', size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  ws.getRow(1).height = rowHeight([title], [widths.reduce((a, b) => a + b, 0)], 16, 30);
  const head = ws.getRow(2);
  cols.forEach((c, i) => Object.assign(head.getCell(i + 1), { value: c.header, style: cellStyles.header }));
  head.height = 22;
  rows.forEach((values, r) => {
    const row = ws.getRow(r + 3);
    values.forEach((v, i) => Object.assign(row.getCell(i + 1), { value: v, style: cols[i].style }));
    row.height = rowHeight(values, widths);
  });
  return ws;
}

const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** The briefing's tables as a workbook (通报附表): units by completion with a total, and the overdue tasks. */
export async function renderBriefingXlsx(c: BriefingContent): Promise<Buffer> {
  const wb = new (exceljs().Workbook)();
  wb.creator = c.issuer;
  const t = tableRows(c.figures.rows);
  const rate = (r: { total: number; signedOff: number; completion?: number | null }) => (r.total ? (r.completion ?? r.signedOff / r.total) : null);
  sheet(
    wb,
    '各单位推进情况',
    `${c.title}（附表1 各单位推进情况）`,
    [
      { header: '单位', width: 30, style: cellStyles.text },
      { header: '任务数', width: 10, style: cellStyles.centred },
      { header: '已销号', width: 10, style: cellStyles.centred },
      { header: '完成率', width: 10, style: percentStyle },
      { header: '逾期数', width: 10, style: cellStyles.centred },
    ],
    [...t.rows, t.total].map((r) => [r.unit, r.total, r.signedOff, rate(r), r.overdue]),
  );
  sheet(
    wb,
    '逾期任务',
    `${c.title}（附表2 逾期任务）`,
    [
      { header: '单位', width: 24, style: cellStyles.text },
      { header: '编号', width: 10, style: cellStyles.centred },
      { header: '任务', width: 56, style: cellStyles.text },
      { header: '完成时限', width: 14, style: cellStyles.date },
    ],
    c.figures.overdueUnits.flatMap((u) => u.tasks.map((x) => [u.unit, x.number, x.title, asDate(x.deadline)])),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
