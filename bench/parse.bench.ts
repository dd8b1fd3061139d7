/**
 * Parser speed: the seed speech (median after warm-up; target ≤ 5 ms), generated
 * documents of 10 KB … 10 MB, to show cost grows linearly with size, and 1 MB / 10 MB in
 * each layout of bench/support/parser-documents.ts (breaks lost, one huge line…).
 *
 *   npm run bench:parse            (add --layouts-only to skip the size table)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../src/modules/parser/index.ts';
import { FIXTURES } from './parser-accuracy.ts';
import { LAYOUTS, planDocument } from './support/parser-documents.ts';

const REF = '2024-03-05';

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

const seed = readFileSync(join(FIXTURES, 'speech-organization-work-h2.txt'), 'utf8');
const s = time(seed, 200, 50);
console.log(
  `seed speech (${(Buffer.byteLength(seed) / 1024).toFixed(1)} KB, ${s.items} top-level items): median ${s.ms.toFixed(2)} ms over 200 runs after 50 warm-up runs (target ≤ 5 ms)\n`,
);

const SIZES = [
  ['10 KB', 10 * 1024, 50],
  ['100 KB', 100 * 1024, 20],
  ['1 MB', 1024 * 1024, 7],
  ['10 MB', 10 * 1024 * 1024, 3],
] as const;
const layoutsOnly = process.argv.includes('--layouts-only');
if (!layoutsOnly) console.log('| size | characters | top-level items | median ms | µs per KB |');
if (!layoutsOnly) console.log('|---:|---:|---:|---:|---:|');
for (const [label, bytes, runs] of layoutsOnly ? [] : SIZES) {
  const text = planDocument(bytes);
  const r = time(text, runs, 1);
  const kb = Buffer.byteLength(text) / 1024;
  console.log(
    `| ${label} | ${text.length.toLocaleString('en-US')} | ${r.items.toLocaleString('en-US')} | ${r.ms.toFixed(1)} | ${((r.ms * 1000) / kb).toFixed(1)} |`,
  );
}

console.log('\n| layout | size | characters | lines | top-level items | median ms | µs per KB |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, generate] of Object.entries(LAYOUTS)) {
  for (const [label, bytes, runs] of [
    ['1 MB', 1024 * 1024, 5],
    ['10 MB', 10 * 1024 * 1024, 3],
  ] as const) {
    const text = generate(bytes);
    const r = time(text, runs, 1);
    const kb = Buffer.byteLength(text) / 1024;
    const lines = text.split('\n').length;
    console.log(
      `| ${name} | ${label} | ${text.length.toLocaleString('en-US')} | ${lines.toLocaleString('en-US')} | ${r.items.toLocaleString('en-US')} | ${r.ms.toFixed(0)} | ${((r.ms * 1000) / kb).toFixed(1)} |`,
    );
  }
}
