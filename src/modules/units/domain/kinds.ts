/**
 * Unit kinds. The four territorial levels act as one chain (四级联动): city → district/county →
 * street/township → community/village. Institutions (departments, SOEs, universities, hospitals,
 * non-public organizations) hang wherever they belong and take their parent's level + 1.
 */
export const unitKinds = ['city', 'district', 'street', 'community', 'department', 'soe', 'university', 'hospital', 'nonPublic', 'other'] as const;
export type UnitKind = (typeof unitKinds)[number];

const territorialLevel: Partial<Record<UnitKind, number>> = { city: 1, district: 2, street: 3, community: 4 };

/** A territorial kind must sit at its own level: a street cannot hang directly under the city. */
export function kindFitsLevel(kind: UnitKind, level: number): boolean {
  const expected = territorialLevel[kind];
  return expected === undefined || expected === level;
}
