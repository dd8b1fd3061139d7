import type { NamedUnit } from '../../src/modules/units/index.ts';

/**
 * The unit tree of the pure unit-name tests: X市 (1) with 东城区 (2) and 西城区 (4), each with a
 * child named `twin` (3 under 东城区, 5 under 西城区), a name that only its parent's makes unique;
 * `more` units follow, with their own ids.
 */
export function twinUnitTree(twin: string, ...more: NamedUnit[]): NamedUnit[] {
  return [
    { id: 1, parentId: null, name: 'X市' },
    { id: 2, parentId: 1, name: '东城区' },
    { id: 3, parentId: 2, name: twin },
    { id: 4, parentId: 1, name: '西城区' },
    { id: 5, parentId: 4, name: twin },
    ...more,
  ];
}
