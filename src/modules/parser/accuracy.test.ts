import { describe, expect, it } from 'vitest';
import { measureAccuracy, precision, recall } from '../../../bench/parser-accuracy.ts';

/**
 * Precision and recall over the annotated documents (test/fixtures/documents/*.expected.json).
 * Items and the tree's shape must stay at 0.9 or better; the other figures are reported
 * in docs/parser.md and guarded more loosely so a rule change that breaks them shows up.
 */
describe('parser accuracy on the annotated set', () => {
  const { documents, total, titles } = measureAccuracy();

  it('covers the seed speech and at least six written documents', () => {
    expect(documents.map((d) => d.name)).toContain('speech-organization-work-h2');
    expect(documents.length).toBeGreaterThanOrEqual(7);
  });

  it.each(['items', 'parents'] as const)('%s: precision and recall ≥ 0.9', (m) => {
    expect(precision(total[m])).toBeGreaterThanOrEqual(0.9);
    expect(recall(total[m])).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['kinds', 'deadlines', 'units'] as const)('%s: precision and recall ≥ 0.8', (m) => {
    expect(precision(total[m])).toBeGreaterThanOrEqual(0.8);
    expect(recall(total[m])).toBeGreaterThanOrEqual(0.8);
  });

  it('finds every title', () => {
    expect(titles).toBe(documents.length);
  });

  it('no single document falls below 0.8 on items', () => {
    for (const d of documents) {
      expect.soft(recall(d.scores.items), d.name).toBeGreaterThanOrEqual(0.8);
      expect.soft(precision(d.scores.items), d.name).toBeGreaterThanOrEqual(0.8);
    }
  });
});
