import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { BriefingContent } from '../domain/compose.ts';

// 公文 layout (GB/T 9704) as the supervision notice uses it: 方正小标宋 title, 仿宋 body, 黑体 headings.
const TITLE = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const HEAD = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const SAN_HAO = 32;
const SI_HAO = 28;
const MM = 56.7;

const para = (text: string, o: { font?: typeof BODY; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; after?: number } = {}) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    indent: o.indent ? { firstLine: 2 * (o.size ?? SAN_HAO) * 10 } : undefined,
    spacing: { line: 560, after: o.after ?? 0 },
    children: [new TextRun({ text, font: o.font ?? BODY, size: o.size ?? SAN_HAO })],
  });

function unitTable(c: BriefingContent): Table {
  const cell = (text: string, head = false) =>
    new TableCell({ children: [para(text, { align: AlignmentType.CENTER, size: SI_HAO, font: head ? HEAD : BODY })], margins: { top: 60, bottom: 60, left: 80, right: 80 } });
  const header = new TableRow({ tableHeader: true, children: ['单位', '任务数', '已销号', '完成率', '逾期数'].map((h) => cell(h, true)) });
  const rows = c.figures.rows.map((r) => new TableRow({ children: [cell(r.unit), cell(String(r.total)), cell(String(r.signedOff)), cell(r.rate), cell(String(r.overdue))] }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** Renders a briefing (draft or issued) as a .docx file. */
export async function renderBriefingDocx(c: BriefingContent, issuedOn: string | null): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [para(c.title, { font: TITLE, size: 44, align: AlignmentType.CENTER, after: 300 })];
  for (const s of c.sections) {
    body.push(para(s.heading, { font: HEAD, indent: true }));
    for (const line of s.text.split(/\r?\n/).filter((l) => l.trim())) body.push(para(line, { indent: true }));
    if (s.key === 'table') body.push(unitTable(c), para(''));
  }
  body.push(para('', { after: 200 }), para(c.issuer, { align: AlignmentType.RIGHT }));
  const d = issuedOn ?? c.figures.asOf;
  body.push(para(`${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`, { align: AlignmentType.RIGHT }));
  const doc = new Document({
    creator: c.issuer,
    title: c.title,
    styles: { default: { document: { run: { font: BODY, size: SAN_HAO } } } },
    sections: [{ properties: { page: { margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) } } }, children: body }],
  });
  return Packer.toBuffer(doc);
}
