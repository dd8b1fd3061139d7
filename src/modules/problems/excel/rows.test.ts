import { describe, expect, it } from 'vitest';
import { dateOf, rowProblem } from './rows.ts';
import { UnitNames } from '../../units/index.ts';
import { twinUnitTree } from '../../../../test/support/unit-tree.ts';

const units = new UnitNames(twinUnitTree('东华街道'));

describe('problem list rows', () => {
  it('reads dates as people write them', () => {
    expect(dateOf('2026/6/3', '2026-03-01')).toBe('2026-06-03');
    expect(dateOf('2026年6月30日', '2026-03-01')).toBe('2026-06-30');
    expect(dateOf(46203, '2026-03-01')).toBe('2026-06-30');
    expect(dateOf('2026-02-30', '2026-03-01')).toBeUndefined();
    expect(dateOf('年底前', '2026-03-01', true)).toBe('2026-12-31');
    expect(dateOf('年底前', '2026-03-01')).toBeUndefined();
    expect(dateOf(' ', '2026-03-01')).toBeNull();
  });

  it('resolves unit names and asks for the parent when two units share one', () => {
    expect(units.resolve('东城区/东华街道')).toEqual({ id: 3 });
    expect(units.resolve('东华街道')).toMatchObject({ error: 'unit_ambiguous', count: 2 });
    const r = rowProblem(
      { row: 5, cells: { source: '巡察反馈', finding: '问题', category: '组织建设', unit: '东华街道', deadline: '2026-06-30', measures: '整改' } },
      units,
      ['组织建设'],
      '2026-03-01',
    );
    expect(r.errors).toEqual([
      { row: 5, column: 'unit', code: 'problems.import.unit_ambiguous', params: { name: '东华街道', count: 2, example: '东城区/东华街道' } },
    ]);
  });
});
