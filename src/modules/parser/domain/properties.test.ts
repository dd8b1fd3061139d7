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

  it('survives pathological inputs quickly (no catastrophic backtracking)', () => {
    const inputs = [
      '一'.repeat(50_000),
      '（'.repeat(50_000),
      '1.'.repeat(30_000),
      '由'.repeat(30_000) + '负责',
      '牵头单位：' + '、'.repeat(50_000),
      '2020-'.repeat(20_000),
      '一是，'.repeat(20_000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      check(text);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
