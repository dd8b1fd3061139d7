import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../bench/support/parser-documents.ts';
import { parseDocument } from './index.ts';

/**
 * The parser's cost grows linearly with the text, in every layout — one paragraph a line,
 * breaks lost (a page a line), a whole plan on one line, one line of prose. No wall-clock
 * budget: the text grows 4 times and the best of several runs may grow at most 10 times (a
 * quadratic spot grows ~16 times; before the deadline fix one line of prose grew 45 times from
 * 64 KB to 256 KB). Small and large runs alternate, so a busy machine slows both alike; below
 * ~100 KB a parse runs in a cheaper regime (young-generation GC, caches), hence 128 KB.
 */
const SMALL = 128 * 1024;
const GROWTH = 4;
const RUNS = 4;

const parse = (text: string, units?: string[]) => parseDocument(text, { refDate: '2024-03-05', units });

/** The best time of each of two parses, measured alternately. */
function bestOfBoth(a: () => unknown, b: () => unknown): [number, number] {
  const best = [Infinity, Infinity];
  for (let i = 0; i < RUNS; i++) {
    for (const [k, f] of [a, b].entries()) {
      const t0 = performance.now();
      f();
      best[k] = Math.min(best[k], performance.now() - t0);
    }
  }
  return [Math.max(best[0], 0.5), best[1]];
}

// A busy machine (other test files in parallel) can slow one size's every run: measure again
// then. A genuinely superlinear spot fails every time.
describe('parser cost', { retry: 2 }, () => {
  it.each(Object.entries(LAYOUTS))('grows linearly: %s', (_name, generate) => {
    const small = generate(SMALL);
    const large = generate(SMALL * GROWTH);
    expect(large.length / small.length).toBeGreaterThan(GROWTH * 0.9);
    parse(small); // warm the JIT up on this layout
    const [s, l] = bestOfBoth(
      () => parse(small),
      () => parse(large),
    );
    expect(l / s).toBeLessThan(10);
  });

  it('does not grow with the unit tree', () => {
    const text = LAYOUTS['one paragraph a line'](SMALL);
    const tree = (n: number) => ['市委组织部', '市民政局', ...Array.from({ length: n }, (_, i) => `第${i}街道党工委`)];
    const few = tree(1000);
    const many = tree(8000);
    parse(text, many);
    // 8 times the units, the same text: at most 3 times the time (it was per item × per unit: ~8 times).
    const [s, l] = bestOfBoth(
      () => parse(text, few),
      () => parse(text, many),
    );
    expect(l / s).toBeLessThan(3);
  });
});
