/**
 * Parser speed: the seed speech (median after warm-up; target ≤ 5 ms) and generated
 * documents of 10 KB … 10 MB, to show cost grows linearly with size.
 *
 *   npm run bench:parse
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../src/modules/parser/index.ts';
import { FIXTURES } from './parser-accuracy.ts';

const REF = '2024-03-05';
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(text: string, runs: number, warmup: number): { ms: number; items: number } {
  let items = 0;
  for (let i = 0; i < warmup; i++) parseDocument(text, { refDate: REF });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = parseDocument(text, { refDate: REF });
    samples.push(performance.now() - t0);
    items = r.items.length;
  }
  return { ms: median(samples), items };
}

/** A work plan of about `bytes` UTF-8 bytes: sections, sub-sections, numbered tasks, inline enumerations, fields. */
function generated(bytes: number): string {
  const lines = ['X市组织工作要点（生成的测试文档）', '同志们：'];
  let size = 0;
  for (let s = 0; size < bytes; s++) {
    const block = [
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
      '··········',
      `- ${s + 1} -`,
    ].join('\n');
    lines.push(block);
    size += Buffer.byteLength(block) + 1;
  }
  return lines.join('\n');
}

const seed = readFileSync(join(FIXTURES, 'speech-organization-work-h2.txt'), 'utf8');
const s = time(seed, 200, 50);
console.log(
  `seed speech (${(Buffer.byteLength(seed) / 1024).toFixed(1)} KB, ${s.items} top-level items): median ${s.ms.toFixed(2)} ms over 200 runs after 50 warm-up runs (target ≤ 5 ms)\n`,
);

console.log('| size | characters | top-level items | median ms | µs per KB |');
console.log('|---:|---:|---:|---:|---:|');
for (const [label, bytes, runs] of [
  ['10 KB', 10 * 1024, 50],
  ['100 KB', 100 * 1024, 20],
  ['1 MB', 1024 * 1024, 7],
  ['10 MB', 10 * 1024 * 1024, 3],
] as const) {
  const text = generated(bytes);
  const r = time(text, runs, 1);
  const kb = Buffer.byteLength(text) / 1024;
  console.log(
    `| ${label} | ${text.length.toLocaleString('en-US')} | ${r.items.toLocaleString('en-US')} | ${r.ms.toFixed(1)} | ${((r.ms * 1000) / kb).toFixed(1)} |`,
  );
}
