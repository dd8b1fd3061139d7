/**
 * Generated documents for the parser's cost measurements (bench/parse.bench.ts and the
 * linearity test), in the layouts the parser meets: a work plan one paragraph a line, the
 * same plan copied without its line breaks (a page a line, page numbers "1、" in front), and
 * a whole document on one single line, with and without markers.
 */
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** One section of a work plan: sections, sub-sections, numbered tasks, inline enumerations, fields, a speech's vocative. */
function section(s: number): string[] {
  return [
    `${CN[s % 10]}、第${s + 1}部分重点工作`,
    '坚持问题导向，持续推进各项工作落地见效。',
    `（一）加强第${s + 1}项工作。一是抓好学习，年底前完成轮训；二是严格管理，每季度开展一次检查；三是关心关爱，6月底前建立帮扶台账。`,
    `1.制定第${s + 1}号工作规划，2025-2027年分步实施（市委组织部牵头，市人社局、市财政局配合）。`,
    '2.健全考核机制',
    '牵头单位：市委组织部；配合单位：市委办公室、市政府办公室',
    '完成时限：三季度末',
    '（二）推进基层组织建设。由市民政局负责，用三年左右的时间全面提升，确保取得实效。',
    '同志们，打铁必须自身硬，对组织部门提出了新的更高的要求。',
    '一要坚决做好“两个维护”。',
    '二要时刻做到清正廉洁。',
  ];
}

function until(bytes: number, next: (k: number) => string): string[] {
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const s = next(k);
    out.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return out;
}

/** A work plan of about `bytes` UTF-8 bytes, one paragraph a line, with separators and page numbers. */
export function planDocument(bytes: number): string {
  return ['X市组织工作要点（生成的测试文档）', '同志们：', ...until(bytes, (s) => [...section(s), '··········', `- ${s + 1} -`].join('\n'))].join('\n');
}

/** The same plan with its line breaks lost: each page (~2 KB) one line, led by its page number "N、" (issue #12 pattern 6). */
export function runOnDocument(bytes: number): string {
  const flat = until(bytes, (s) => section(s).join(' ')).join(' ');
  const pages: string[] = [];
  for (let at = 0, n = 1; at < flat.length; at += 700, n++) pages.push(`${n}、${flat.slice(at, at + 700)}`);
  return `X市组织工作要点 ${pages.join('\n')}`;
}

/** A whole plan on one line, blanks where its breaks were. */
export function oneLinePlan(bytes: number): string {
  return ['X市组织工作要点', ...until(bytes, (s) => section(s).join(' '))].join(' ');
}

/** One line of prose without markers: sentences with deadlines, units, periods and book titles, never a break. */
export function oneLineProse(bytes: number): string {
  const sentences = [
    '各单位要认真贯彻落实《2019-2023年全国党政领导班子建设规划纲要》精神，持续加强领导班子建设。',
    '市委组织部牵头，会同市人社局、市财政局于6月底前制定实施办法，2024年12月底前全面推开。',
    '由市民政局负责，用三年左右的时间，推动基层组织建设全面提升，确保取得实效；',
    '各区、县级市和市直各单位要定期报送工作进展，于1月23日17:00前报送上年度工作总结，',
    '2025—2027年分步实施，每季度开展一次督查，对工作不力的予以通报。',
  ];
  return until(bytes, (k) => sentences[k % sentences.length]).join('');
}

export const LAYOUTS = {
  'one paragraph a line': planDocument,
  'line breaks lost (a page a line)': runOnDocument,
  'a whole plan on one line': oneLinePlan,
  'one line of prose, no markers': oneLineProse,
} as const;
