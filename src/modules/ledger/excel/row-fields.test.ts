import { describe, expect, it } from 'vitest';
import { deadlineOf, splitNames } from './row-fields.ts';
import { UnitNames } from '../../units/index.ts';
import { columnOfHeader } from './layout.ts';
import { twinUnitTree } from '../../../../test/support/unit-tree.ts';

describe('完成时限 as people type it', () => {
  const today = '2026-03-01';
  it.each([
    [new Date('2026-06-30T00:00:00Z'), '2026-06-30', null],
    [46203, '2026-06-30', null], // an Excel date serial
    ['2026-6-30', '2026-06-30', null],
    ['2026/06/30', '2026-06-30', null],
    ['2026年6月30日', '2026-06-30', null],
    ['年底前', '2026-12-31', '年底前'],
    ['6月底前', '2026-06-30', '6月底前'],
    ['长期坚持', null, '长期坚持'],
    ['', null, null],
  ])('%s → %s', (cell, deadline, phrase) => {
    expect(deadlineOf(cell as never, today)).toEqual({ deadline, phrase });
  });
  it.each([['明天吧'], ['2026-02-30'], [2026]])('refuses %s', (cell) => {
    expect(deadlineOf(cell as never, today)).toBeUndefined();
  });
});

describe('unit names in a table', () => {
  const names = new UnitNames(twinUnitTree('党建办'));
  it('resolves a unique name, a path, and refuses an ambiguous or unknown one', () => {
    expect(names.resolve('东城区')).toEqual({ id: 2 });
    expect(names.resolve('西城区/党建办')).toEqual({ id: 5 });
    expect(names.resolve('X市/东城区/党建办')).toEqual({ id: 3 });
    expect(names.resolve('党建办')).toMatchObject({ error: 'unit_ambiguous', count: 2 });
    expect(names.resolve('东城')).toEqual({ error: 'unit_not_found' });
    expect(names.resolve('西城区/东城区')).toEqual({ error: 'unit_not_found' });
  });
  it('labels each unit by the shortest path that names it alone', () => {
    expect([1, 2, 3, 5].map((id) => names.label(id))).toEqual(['X市', '东城区', '东城区/党建办', '西城区/党建办']);
  });
  it('splits supporting units and reads headers in either language', () => {
    expect(splitNames('西城区、市委组织部，南湖区;北山县；东城区/党建办')).toEqual(['西城区', '市委组织部', '南湖区', '北山县', '东城区/党建办']);
    expect(['任务内容（必填）', 'Lead unit *', '责任单位', 'No.'].map(columnOfHeader)).toEqual(['title', 'leadUnit', 'supportingUnits', 'number']);
  });
});
