import { describe, expect, it } from 'vitest';
import { normalUnitName, UnitNames } from './unit-names.ts';
import { twinUnitTree } from '../../../../test/support/unit-tree.ts';

const names = new UnitNames(twinUnitTree('东华街道', { id: 6, parentId: 2, name: '东城区（开发区）' }, { id: 7, parentId: 4, name: 'Party Office' }));

describe('one unit-name resolver', () => {
  it('resolves a unique plain name', () => {
    expect(names.resolve('东城区')).toEqual({ id: 2 });
    expect(names.name(2)).toBe('东城区');
    expect(names.name(99)).toBeNull();
  });

  it.each([
    ['东城区/东华街道'],
    ['X市/东城区/东华街道'],
    ['东城区／东华街道'],
    ['东城区\\东华街道'],
    ['东城区>东华街道'],
    ['东城区＞东华街道'],
    [' 东城区 / 东华街道 '],
  ])('resolves the path %s', (text) => {
    expect(names.resolve(text)).toEqual({ id: 3 });
  });

  it('ignores full-width forms, whitespace and case', () => {
    expect(names.resolve('东城区(开发区)')).toEqual({ id: 6 });
    expect(names.resolve('东城区 （开发区）')).toEqual({ id: 6 });
    expect(names.resolve('\u3000西城区\u3000')).toEqual({ id: 4 });
    expect(names.resolve('ｐａｒｔｙ office')).toEqual({ id: 7 });
    expect(normalUnitName(' Ｘ市 ')).toBe('x市');
  });

  it('refuses an unknown name, a wrong path and empty text', () => {
    expect(names.resolve('东城')).toEqual({ error: 'unit_not_found' });
    expect(names.resolve('西城区/东城区')).toEqual({ error: 'unit_not_found' });
    expect(names.resolve(' / ')).toEqual({ error: 'unit_not_found' });
    expect(names.resolve('')).toEqual({ error: 'unit_not_found' });
  });

  it('refuses an ambiguous name with how many share it and a path that would do', () => {
    expect(names.resolve('东华街道')).toEqual({ error: 'unit_ambiguous', count: 2, example: '东城区/东华街道' });
  });

  it('labels each unit by the shortest path that names it alone, and the label reads back', () => {
    expect([1, 2, 3, 5, 6].map((id) => names.label(id))).toEqual(['X市', '东城区', '东城区/东华街道', '西城区/东华街道', '东城区（开发区）']);
    for (const id of [1, 2, 3, 4, 5, 6, 7]) expect(names.resolve(names.label(id))).toEqual({ id });
  });

  it('labels by the whole path when no shorter one is unique', () => {
    const twins = new UnitNames([
      { id: 1, parentId: null, name: 'X市' },
      { id: 2, parentId: 1, name: '党建办' },
      { id: 3, parentId: 1, name: '党建办' },
    ]);
    expect(twins.label(2)).toBe('X市/党建办');
    expect(twins.resolve('X市/党建办')).toMatchObject({ error: 'unit_ambiguous', count: 2 });
  });
});
