import { describe, expect, it } from 'vitest';
import { assessmentErrors, assessmentScore, templateErrors, withKeys } from './standardization.ts';
import { incomeBounds, incomeClass, incomeCounts } from './collective-economy.ts';
import { committeesLacking, liaisonErrors } from './liaison-points.ts';

const items = withKeys(['支部委员会配备齐全', '三会一课按期开展', '主题党日每月开展', '党费按时足额收缴'].map((text) => ({ text })));

describe('standardization checklist', () => {
  it('keys items without keys, keeping the given ones', () => {
    expect(items.map((i) => i.key)).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect(withKeys([{ key: 'i1', text: 'a' }, { text: ' b ' }]).map((i) => [i.key, i.text])).toEqual([
      ['i1', 'a'],
      ['i2', 'b'],
    ]);
  });
  it('refuses an empty template, long or blank statements, duplicate keys', () => {
    expect(templateErrors([])).toEqual([{ field: 'body.items', code: 'standardization.items_required' }]);
    expect(
      templateErrors([
        { key: 'a', text: ' ' },
        { key: 'a', text: 'x'.repeat(101) },
      ]).map((e) => [e.field, e.code]),
    ).toEqual([
      ['body.items.0.text', 'standardization.item_text'],
      ['body.items.1.text', 'standardization.item_text'],
      ['body.items.1.key', 'standardization.duplicate_item'],
    ]);
    expect(templateErrors(withKeys(Array.from({ length: 41 }, () => ({ text: 'x' }))))[0].code).toBe('standardization.too_many_items');
  });
  it('scores the share of items met ×100, below standard under the threshold', () => {
    expect(assessmentScore(items, ['i1', 'i2', 'i3', 'i3'])).toEqual({ met: 3, total: 4, score: 75, belowStandard: true });
    expect(assessmentScore(items, ['i1', 'i2', 'i3'], 75).belowStandard).toBe(false);
    expect(assessmentScore(items, ['i1', 'i2', 'i3', 'i4'])).toMatchObject({ score: 100, belowStandard: false });
    expect(assessmentScore(withKeys([{ text: 'a' }, { text: 'b' }, { text: 'c' }]), ['i1'])).toMatchObject({ score: 33 });
  });
  it('names an item key the template lacks', () => {
    expect(assessmentErrors(items, ['i1', 'zz'])).toEqual([{ field: 'body.met.1', code: 'standardization.unknown_item', params: { key: 'zz' } }]);
  });
});

describe('collective economy', () => {
  it('classes incomes: none → hollow, below the threshold → weak', () => {
    expect(incomeClass(0)).toBe('hollow');
    expect(incomeClass(99_999)).toBe('weak');
    expect(incomeClass(100_000)).toBe('ok');
    expect(incomeClass(null)).toBe('unreported');
    expect(incomeClass(40_000, 50_000)).toBe('weak');
    expect(incomeClass(60_000, 50_000)).toBe('ok');
  });
  it('counts villages per class', () => {
    expect(incomeCounts([0, 0, 5_000, 150_000, null])).toEqual({ villages: 5, hollow: 2, weak: 1, ok: 1, unreported: 1 });
  });
  it('gives each class bounds that agree with incomeClass', () => {
    for (const v of [0, 1, 99_999, 100_000, 1e7]) {
      const b = incomeBounds(incomeClass(v));
      expect((b.min === null || v >= b.min) && (b.below === null || v < b.below)).toBe(true);
    }
  });
});

describe('liaison points', () => {
  it('links a committee to a branch only', () => {
    expect(liaisonErrors({ committeeKind: 'committee', branchKind: 'branch', committeeId: 1, branchId: 2, secretary: '李' })).toEqual([]);
    expect(liaisonErrors({ committeeKind: 'leadingGroup', branchKind: 'generalBranch', committeeId: 1, branchId: 2, secretary: '李' })).toEqual([]);
    expect(liaisonErrors({ committeeKind: 'branch', branchKind: 'committee', committeeId: 1, branchId: 1, secretary: ' ' }).map((e) => e.code)).toEqual([
      'liaison.not_committee',
      'liaison.not_branch',
      'liaison.same_org',
      'liaison.secretary_required',
    ]);
  });
  it('flags committees whose current secretary has no point', () => {
    const committees = [
      { id: 1, secretaryName: '王一' },
      { id: 2, secretaryName: '李二' },
      { id: 3, secretaryName: null },
    ];
    expect(
      committeesLacking(committees, [
        { committeeId: 1, secretaryName: ' 王一' },
        { committeeId: 2, secretaryName: '前任' },
      ]),
    ).toEqual([2, 3]);
  });
});
