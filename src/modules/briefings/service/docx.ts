import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TabStopType,
  TextRun,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { BODY_FONT, ER_HAO, HEAD_FONT, LINE, SI_HAO, TEXT_WIDTH, TITLE_FONT, para, renderGongwen, type Font } from '../../../platform/docx/gongwen.ts';
import { tableRows, type BriefingContent, type UnitRow } from '../domain/compose.ts';

const cnDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
// The unit column holds 市人力资源和社会保障局 (11 characters of 四号) on one line.
const UNIT_WIDTH = 11 * SI_HAO * 10 + 400;
const COLUMNS = [UNIT_WIDTH, ...Array.from({ length: 4 }, () => Math.floor((TEXT_WIDTH - UNIT_WIDTH) / 4))];

function unitTable(c: BriefingContent): Table {
  const cell = (text: string, width: number, font: Font = BODY_FONT, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [para(text, { align, size: SI_HAO, font })],
    });
  const line = (r: UnitRow, font: Font = BODY_FONT) =>
    new TableRow({
      cantSplit: true,
      children: [r.unit, String(r.total), String(r.signedOff), r.rate, String(r.overdue)].map((v, i) =>
        cell(v, COLUMNS[i], font, i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER),
      ),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['单位', '任务数', '已销号', '完成率', '逾期数'].map((h, i) => cell(h, COLUMNS[i], HEAD_FONT)),
  });
  const t = tableRows(c.figures.rows);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    rows: [header, ...t.rows.map((r) => line(r)), line(t.total, HEAD_FONT)],
  });
}

/** Renders a briefing (draft or issued) as a .docx 通报 in the GB/T 9704 layout. */
export async function renderBriefingDocx(c: BriefingContent, issuedOn: string | null, draft = issuedOn === null): Promise<Buffer> {
  const d = issuedOn ?? c.figures.asOf;
  const year = d.slice(0, 4);
  const body: (Paragraph | Table)[] = [
    // 发文字号: X组通〔2026〕3号 (no 第); a draft leaves the number blank until it is issued.
    para(`${c.docPrefix ?? '组通'}${c.docNumber ?? `〔${year}〕  号`}`, { align: AlignmentType.CENTER, after: 560 }),
    para(c.title, { font: TITLE_FONT, size: ER_HAO, align: AlignmentType.CENTER, after: 560 }),
    para(c.mainTo ?? '各有关单位：', { align: AlignmentType.LEFT }),
  ];
  for (const s of c.sections) {
    body.push(para(s.heading, { font: HEAD_FONT, indent: true, keepNext: true }));
    const lines = s.text.split(/\r?\n/).filter((l) => l.trim());
    lines.forEach((l, i) => body.push(para(l, { indent: true, keepNext: s.key === 'table' && i === lines.length - 1 })));
    if (s.key === 'table') body.push(unitTable(c));
  }
  // 落款 centred over the date; the date 4 characters in from the right (GB/T 9704 7.3.5.2).
  body.push(
    para('', { after: 560 }),
    para(c.issuer, { align: AlignmentType.RIGHT, right: 4 + Math.max(0, Math.round((c.issuer.length - 11) / 2)), keepNext: true }),
    para(cnDate(d), { align: AlignmentType.RIGHT, right: 4 }),
    para(''),
  );
  // 版记: 抄送 and 印发机关 with the date, between rules, at the end.
  const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 1 });
  if (c.cc)
    body.push(new Paragraph({ border: { top: rule(8) }, keepNext: true, children: [] }), para(`抄送：${c.cc}。`, { size: SI_HAO, left: 0.5, keepNext: true }));
  body.push(
    new Paragraph({ border: { top: rule(c.cc ? 4 : 8) }, keepNext: true, children: [] }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - SI_HAO * 10 }],
      indent: { left: SI_HAO * 10 },
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      keepNext: true,
      children: [new TextRun({ text: c.issuer, font: BODY_FONT, size: SI_HAO }), new TextRun({ text: `\t${cnDate(d)}印发`, font: BODY_FONT, size: SI_HAO })],
    }),
    new Paragraph({ border: { bottom: rule(8) }, children: [] }),
  );
  return renderGongwen({ title: c.title, creator: c.issuer, draft, children: body });
}
