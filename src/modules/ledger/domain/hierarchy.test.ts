import { describe, expect, it } from 'vitest';
import { makesParentCycle } from './hierarchy.ts';

describe('makesParentCycle', () => {
  it('refuses the task itself and any task below it as parent', () => {
    expect(makesParentCycle(1, 1, [])).toBe(true);
    // B (2) is a child of A (1): hanging A under B loops.
    expect(makesParentCycle(1, 2, [1])).toBe(true);
    expect(makesParentCycle(1, 3, [2, 1])).toBe(true);
  });
  it('lets a task hang under one outside its subtree', () => {
    expect(makesParentCycle(1, 4, [])).toBe(false);
    expect(makesParentCycle(1, 5, [4, 6])).toBe(false);
  });
});
