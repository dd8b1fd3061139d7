import { ORG_CATEGORIES, type OrgCategory } from './vocabulary.ts';

/**
 * 党章: an organization with three or more formal party members sets up a branch (正式党员三人以上的，
 * 都应当成立党的基层组织). A host unit with that many members and no organization is a gap to close.
 */
export const BRANCH_MEMBER_THRESHOLD = 3;

/** The party category a unit of each units-module kind counts under, when the registry does not say. */
export const CATEGORY_OF_UNIT_KIND: Record<string, OrgCategory> = {
  community: 'community',
  department: 'organ',
  soe: 'soe',
  university: 'university',
  hospital: 'hospital',
  nonPublic: 'nonPublic',
  other: 'other',
};

export interface CoverageCount {
  category: string;
  /** Host units of the category in the subtree. */
  units: number;
  /** Of those, units with at least one organization. */
  covered: number;
  /** Units without an organization that have BRANCH_MEMBER_THRESHOLD or more party members. */
  uncoveredWithMembers: number;
}

export interface CoverageLine extends CoverageCount {
  uncovered: number;
  /** covered / units, 4 decimals; null when there are no units. */
  rate: number | null;
}

const rateOf = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 10000 : null);

/** Per category in the 党统 order (every category, zeros included), and the total over all. */
export function coverageLines(counts: CoverageCount[]): { categories: CoverageLine[]; total: CoverageLine } {
  const line = (c: CoverageCount): CoverageLine => ({ ...c, uncovered: c.units - c.covered, rate: rateOf(c.covered, c.units) });
  const by = new Map(counts.map((c) => [c.category, c]));
  const categories = ORG_CATEGORIES.map((category) => line(by.get(category) ?? { category, units: 0, covered: 0, uncoveredWithMembers: 0 }));
  const sum = (k: 'units' | 'covered' | 'uncoveredWithMembers') => categories.reduce((n, c) => n + c[k], 0);
  return { categories, total: line({ category: 'all', units: sum('units'), covered: sum('covered'), uncoveredWithMembers: sum('uncoveredWithMembers') }) };
}
