import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
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
}

// Party and government documents (GB/T 9704): 方正小标宋 title, 仿宋 body, 黑体 labels; Word substitutes
// what the reader's computer lacks. Sizes in half-points: 二号 22pt = 44, 三号 16pt = 32, 四号 14pt = 28.
const TITLE = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const LABEL = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const SAN_HAO = 32;
const SI_HAO = 28;
const MM = 56.7; // twips per millimetre

const run = (text: string, font = BODY, size = SAN_HAO) => new TextRun({ text, font, size });
const para = (text: string, opts: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; font?: typeof BODY; size?: number; after?: number } = {}) =>
  new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: 2 * (opts.size ?? SAN_HAO) * 10 } : undefined,
    spacing: { line: 560, after: opts.after ?? 0 }, // fixed 28pt lines, the usual 公文 grid
    children: [run(text, opts.font, opts.size)],
  });

function row(label: string, value: string): TableRow {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, verticalAlign: VerticalAlign.CENTER, margins: { top: 80, bottom: 80, left: 120, right: 120 } });
  const lines = value.split(/\r?\n/).map((l) => para(l, { size: SI_HAO }));
  return new TableRow({ children: [cell([para(label, { align: AlignmentType.CENTER, font: LABEL, size: SI_HAO })], 22), cell(lines, 78)] });
}

/** Renders the notice as a .docx file. */
export async function renderNoticeDocx(n: NoticeDocument): Promise<Buffer> {
  const dueBy = n.dueBy ? chineseDate(n.dueBy) : '另行通知';
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row('督办事项', n.taskNumber ? `${n.taskNumber} ${n.taskTitle}` : n.taskTitle),
      row('牵头单位', n.unitName),
      row('完成时限', n.deadline ? chineseDate(n.deadline) : '长期坚持'),
      row('进展情况', n.progress?.trim() || '暂未报送进展情况'),
      row('督办要求', n.requirements),
      row('反馈时限', dueBy),
    ],
  });
  const doc = new Document({
    creator: n.issuerUnit,
    title: `督办通知单 ${n.number}`,
    styles: { default: { document: { run: { font: BODY, size: SAN_HAO } } } },
    sections: [
      {
        properties: { page: { margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) } } },
        children: [
          para('督办通知单', { align: AlignmentType.CENTER, font: TITLE, size: 44, after: 200 }),
          para(n.number, { align: AlignmentType.CENTER, after: 300 }),
          para(`${n.unitName}：`),
          para(`经研究，现将下列事项列入督办，请你单位高度重视，压实责任，加快推进，并于${dueBy}前将办理情况书面反馈${n.issuerUnit}。`, { indent: true, after: 200 }),
          table,
          para('', { after: 200 }),
          para(n.issuerUnit, { align: AlignmentType.RIGHT }),
          para(chineseDate(n.issuedOn), { align: AlignmentType.RIGHT }),
          para(`（经办人：${n.issuerName}）`, { align: AlignmentType.RIGHT, size: SI_HAO }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
