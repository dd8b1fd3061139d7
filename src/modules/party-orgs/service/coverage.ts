import type { AppContext } from '../../../platform/context.ts';
import { requirePermission, type Actor } from '../../../platform/access/index.ts';
import type { Paging } from '../../../platform/http/schemas.ts';
import { BRANCH_MEMBER_THRESHOLD, coverageLines, type CoverageLine } from '../domain/index.ts';
import { coverageRepo, type CoverageFilter } from '../repo/coverage.ts';

const url = (path: string, params: Record<string, string | number | boolean | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
};

/** The lists a coverage line's figures open: the host units (all, with, without an organization, the gaps) and the organizations. */
function withLists(l: CoverageLine, unitId: number | undefined) {
  const category = l.category === 'all' ? undefined : l.category;
  const units = (extra: Record<string, string | number | boolean | undefined>) => url('/api/party-orgs/coverage/units', { unitId, category, ...extra });
  return {
    category: l.category,
    rate: l.rate,
    units: { count: l.units, list: units({}) },
    covered: { count: l.covered, list: units({ covered: true }) },
    uncovered: { count: l.uncovered, list: units({ covered: false }) },
    uncoveredWithMembers: { count: l.uncoveredWithMembers, list: units({ covered: false, minMembers: BRANCH_MEMBER_THRESHOLD }) },
    organizations: url('/api/party-orgs', { unitId, category }),
  };
}

export const coverageService = {
  /** 全覆盖: per category, the host units in the subtree with and without an organization; every figure opens its list. */
  async figures(ctx: AppContext, actor: Actor, unitId: number | undefined) {
    requirePermission(actor, 'partyOrgs.read');
    const { categories, total } = coverageLines(await coverageRepo.counts(ctx.db, actor, unitId));
    return {
      unitId: unitId ?? null,
      threshold: BRANCH_MEMBER_THRESHOLD,
      total: withLists(total, unitId),
      categories: categories.map((c) => withLists(c, unitId)),
    };
  },

  async units(ctx: AppContext, actor: Actor, f: CoverageFilter, paging: Paging) {
    requirePermission(actor, 'partyOrgs.read');
    const [total, rows] = await Promise.all([coverageRepo.count(ctx.db, actor, f), coverageRepo.page(ctx.db, actor, f, paging)]);
    return {
      total,
      items: rows.map((r) => ({ unit: { id: r.id, name: r.name }, category: r.category, covered: Number(r.has_org) === 1, memberCount: Number(r.members) })),
    };
  },
};
