import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { BODY_FONT, ER_HAO, HEAD_FONT, SI_HAO, TEXT_WIDTH, TITLE_FONT, para, renderGongwen } from '../../../platform/docx/gongwen.ts';
import { chineseDate } from '../domain/index.ts';
/** What a 督办通知单 says: fixed when it is issued, so the document never changes afterwards. */
export interface NoticeDocument {
  number: string;
  unitName: string;
  taskTitle: string;
  taskNumber: string;
  deadline: string | null;
  progress: string | null;
  requirements: string;
  dueBy: string | null;
  issuerUnit: string;
  issuerName: string;
  issuedOn: string;
  /** 配合单位, when the task has any. */
  helperUnits?: string[];
  /** 签发人 (the leader who signs the request off), when known. */
  signer?: string;
  /** 反馈方式: the issuer's contact telephone, when known. */
  phone?: string;
}

const LABEL_WIDTH = 4 * SI_HAO * 10 + 400;

function row(label: string, value: string): TableRow {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 120, right: 120 },
    });
  const lines = value.split(/\r?\n/).map((l) => para(l, { size: SI_HAO }));
  return new TableRow({
    cantSplit: true,
    children: [cell([para(label, { align: AlignmentType.CENTER, font: HEAD_FONT, size: SI_HAO })], LABEL_WIDTH), cell(lines, TEXT_WIDTH - LABEL_WIDTH)],
  });
}
const table = (rows: TableRow[]) =>
  new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH], layout: TableLayoutType.FIXED, rows });

/** Renders the notice as a .docx file (GB/T 9704 layout), with a 回执 page to send back. */
export async function renderNoticeDocx(n: NoticeDocument): Promise<Buffer> {
  const dueBy = n.dueBy ? chineseDate(n.dueBy) : '另行通知';
  const contact = `联系人：${n.issuerName}　　电话：${n.phone ?? '　　　　　　'}`;
  const body = table([
    row('督办事项', n.taskNumber ? `${n.taskNumber} ${n.taskTitle}` : n.taskTitle),
    row('牵头单位', n.unitName),
    row('配合单位', n.helperUnits?.length ? n.helperUnits.join('、') : '无'),
    row('完成时限', n.deadline ? chineseDate(n.deadline) : '长期坚持'),
    row('进展情况', n.progress?.trim() || '暂未报送进展情况'),
    row('督办要求', n.requirements),
    row('反馈时限', dueBy),
    // The intro already names whom to report to; the row keeps to one line so a normal request fits one page.
    row('反馈方式', `书面反馈（${contact}）`),
  ]);
  const receipt = table([
    row('督办单号', n.number),
    row('督办事项', n.taskNumber ? `${n.taskNumber} ${n.taskTitle}` : n.taskTitle),
    row('办理情况', '\n\n\n'),
    row('单位负责人', ''),
    row('填报人及电话', ''),
  ]);
  return renderGongwen({
    title: `督办通知单 ${n.number}`,
    creator: n.issuerUnit,
    children: [
      para('督办通知单', { align: AlignmentType.CENTER, font: TITLE_FONT, size: ER_HAO, after: 280 }),
      para(`${n.number}　　　　签发人：${n.signer ?? '　　　'}`, { align: AlignmentType.CENTER, after: 280 }),
      para(`${n.unitName}：`),
      para(`经研究，现将下列事项列入督办，请你单位高度重视，压实责任，加快推进，并于${dueBy}前将办理情况书面反馈${n.issuerUnit}。`, { indent: true }),
      body,
      // 落款 and date kept with the table's end, so no page holds only the last line.
      para(n.issuerUnit, { align: AlignmentType.RIGHT, right: 4, before: 280, keepNext: true }),
      para(chineseDate(n.issuedOn), { align: AlignmentType.RIGHT, right: 4, keepNext: true }),
      para(`（经办人：${n.issuerName}）`, { indent: true, size: SI_HAO, font: BODY_FONT }),
      para('督办事项办理情况回执', { align: AlignmentType.CENTER, font: TITLE_FONT, size: ER_HAO, after: 280, pageBreakBefore: true }),
      receipt,
      para(`请于${dueBy}前填写并反馈${n.issuerUnit}（${contact}）。`, { indent: true, size: SI_HAO, before: 200 }),
    ],
  });
}
