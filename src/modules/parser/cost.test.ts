import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../bench/support/parser-documents.ts';
import { parseDocument } from './index.ts';

/**
 * The parser's cost grows linearly with the text, in every layout — one paragraph a line,
 * breaks lost (a page a line), a whole plan on one line, one line of prose. No wall-clock
 * budget: the text grows 8 times and the best of several runs may grow at most 20 times (a
 * quadratic spot grows ~64 times; before the deadline fix one line of prose grew ~150 times).
 */
const SMALL = 32 * 1024;
const GROWTH = 8;
const RUNS = 3;

function best(text: string, units?: string[]): number {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    parseDocument(text, { refDate: '2024-03-05', units });
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

describe('parser cost', () => {
  it.each(Object.entries(LAYOUTS))('grows linearly: %s', (_name, generate) => {
    const small = generate(SMALL);
    const large = generate(SMALL * GROWTH);
    expect(large.length / small.length).toBeGreaterThan(GROWTH * 0.9);
    // Warm the JIT up on this layout at both sizes first: a cold small run would flatter the ratio, a cold large one spoil it.
    best(small);
    parseDocument(large, { refDate: '2024-03-05' });
    const ratio = best(large) / Math.max(best(small), 0.5);
    expect(ratio).toBeLessThan(20);
  });

  it('does not grow with the unit tree', () => {
    const text = LAYOUTS['one paragraph a line'](SMALL);
    const tree = (n: number) => ['市委组织部', '市民政局', ...Array.from({ length: n }, (_, i) => `第${i}街道党工委`)];
    best(text, tree(8000));
    // 8 times the units, the same text: at most 3 times the time (it was per item × per unit).
    expect(best(text, tree(8000)) / Math.max(best(text, tree(1000)), 0.5)).toBeLessThan(3);
  });
});
