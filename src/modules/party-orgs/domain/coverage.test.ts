import { describe, expect, it } from 'vitest';
import { ORG_CATEGORIES, coverageLines } from './index.ts';

describe('coverage arithmetic', () => {
  it('gives every category a line, uncovered = units − covered, and a rate', () => {
    const { categories, total } = coverageLines([
      { category: 'nonPublic', units: 8, covered: 3, uncoveredWithMembers: 2 },
      { category: 'rural', units: 4, covered: 4, uncoveredWithMembers: 0 },
    ]);
    expect(categories.map((c) => c.category)).toEqual([...ORG_CATEGORIES]);
    expect(categories.find((c) => c.category === 'nonPublic')).toEqual({
      category: 'nonPublic',
      units: 8,
      covered: 3,
      uncovered: 5,
      uncoveredWithMembers: 2,
      rate: 0.375,
    });
    expect(categories.find((c) => c.category === 'hospital')).toMatchObject({ units: 0, uncovered: 0, rate: null });
    expect(total).toEqual({ category: 'all', units: 12, covered: 7, uncovered: 5, uncoveredWithMembers: 2, rate: 0.5833 });
  });
});
