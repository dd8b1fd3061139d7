import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.ts';
import type { Item } from './types.ts';

const MARKERS = [
  '一、',
  '二、',
  '（一）',
  '（二）',
  '1.',
  '2、',
  '（1）',
  '①',
  '②',
  '一是',
  '二是',
  '一要',
  '二要',
  '第一，',
  '第二，',
  '首先，',
  '其次，',
  '最后，',
  '一方面，',
  '另一方面，',
  '同志们：',
  '同志们，',
  '谢谢大家！',
  '\n',
  '\r\n',
  '。',
  '；',
  '：',
  '年底前',
  '牵头单位：',
  '（市委组织部牵头）',
  '·········',
  '- 1 -',
  '仅供学习',
  '《',
  '》',
];
const WORDS = ['加强', '党建', '工作', '持续', '推进', '市委组织部', '2020-2024', '十四五', '三年左右', '6月底前', '取得成效', '坚定不移', ' ', '　'];

/** Text shaped like a document: markers, words and arbitrary strings mixed. */
const documentLike = fc
  .array(fc.oneof(fc.constantFrom(...MARKERS), fc.constantFrom(...WORDS), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), documentLike);

function check(text: string): void {
  const r = parseDocument(text, { refDate: '2024-03-05', units: ['市委组织部'] });
  const walk = (items: readonly Item[], parent: Item | null) => {
    for (const i of items) {
      expect(i.level).toBe(parent ? parent.level + 1 : 1);
      expect(0 <= i.start && i.start <= i.end && i.end <= r.cleanedText.length).toBe(true);
      if (parent) expect(parent.start <= i.start && i.end <= parent.end).toBe(true);
      for (const s of [i.spans.title, i.spans.number, i.spans.deadline, ...i.spans.leads, ...i.spans.supporting]) {
        if (s) expect(i.start <= s.start && s.start <= s.end && s.end <= i.end).toBe(true);
      }
      expect(r.cleanedText.slice(i.spans.title.start, i.spans.title.end)).toBe(i.title);
      for (const [k, s] of i.spans.leads.entries()) expect(r.cleanedText.slice(s.start, s.end)).toBe(i.leads[k]);
      walk(i.children, i);
    }
  };
  walk(r.items, null);
  // siblings come in document order and do not overlap
  const order = (items: readonly Item[]) => {
    for (let k = 1; k < items.length; k++) expect(items[k - 1].end <= items[k].start).toBe(true);
    items.forEach((i) => order(i.children));
  };
  order(r.items);
}

describe('parseDocument properties', () => {
  it('never throws, builds a valid tree, keeps every span inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => check(text)),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(documentLike, (text) => {
        expect(parseDocument(text, { refDate: '2024-03-05' })).toEqual(parseDocument(text, { refDate: '2024-03-05' }));
      }),
      { numRuns: 200 },
    );
  });

  // Catastrophic backtracking shows as time growing faster than the input, whatever the machine's speed: each
  // pathological input is parsed at n and 4n characters, and the times compared (the fastest of several runs
  // each, so a busy machine's pauses drop out). Linear work grows about 4×, quadratic 16×; over 10× fails.
  const QUARTER = 10_000;
  const pathological: [string, (n: number) => string][] = [
    ['一…', (n) => '一'.repeat(n)],
    ['（…', (n) => '（'.repeat(n)],
    ['1.…', (n) => '1.'.repeat(n)],
    ['由…负责', (n) => '由'.repeat(n) + '负责'],
    ['牵头单位：、…', (n) => '牵头单位：' + '、'.repeat(n)],
    ['2020-…', (n) => '2020-'.repeat(n)],
    ['一是，…', (n) => '一是，'.repeat(n)],
  ];

  it('the growth measure tells linear work from quadratic work', { retry: 2 }, () => {
    const linear = (n: number) => () => {
      let x = 0;
      for (let i = 0; i < n * 2000; i++) x += i & 7;
      return x;
    };
    const quadratic = (n: number) => () => {
      let x = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) x += (i ^ j) & 7;
      return x;
    };
    expect(growth(linear, 2_000)).toBeLessThan(MAX_GROWTH);
    expect(growth(quadratic, 2_000)).toBeGreaterThan(MAX_GROWTH);
  });

  for (const [name, make] of pathological) {
    // Measured again when a busy machine slowed one size's every run: a superlinear spot fails every time.
    it(`survives ${name} without catastrophic backtracking (time grows with the input, not faster)`, { retry: 2 }, () => {
      expect(
        growth((n) => {
          const text = make(n);
          return () => check(text);
        }, QUARTER),
      ).toBeLessThan(MAX_GROWTH);
    });
  }
});

const MAX_GROWTH = 10;

/**
 * How many times longer the work takes at 4n than at n: the fastest of seven runs of each, the two sizes
 * measured in turn so a busy spell of the machine slows both alike, n doubled first until a run at n
 * takes a few milliseconds (shorter times are mostly the timer's noise and the small-input regime).
 */
function growth(work: (n: number) => () => unknown, n: number): number {
  const time = (run: () => unknown) => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  let small = work(n);
  small(); // warm the JIT before timing
  let smallTime = time(small);
  for (let k = 0; smallTime < 4 && k < 5; k++) {
    n *= 2;
    small = work(n);
    smallTime = Math.min(time(small), time(small));
  }
  const large = work(4 * n);
  large();
  let [bestSmall, bestLarge] = [Infinity, Infinity];
  for (let i = 0; i < 7; i++) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  return bestLarge / bestSmall;
}
