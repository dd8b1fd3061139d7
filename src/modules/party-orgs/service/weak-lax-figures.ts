import type { AppContext } from '../../../platform/context.ts';
import { requirePermission, type Actor } from '../../../platform/access/index.ts';
import { ORG_CATEGORIES } from '../domain/index.ts';
import type { WeakLaxStatus } from '../domain/weak-lax.ts';
import { quotaShare, STAGE_STATUSES, stageFigures, WEAK_LAX_STAGES, type WeakLaxStage } from '../domain/weak-lax-figures.ts';
import { partyOrgRepo } from '../repo/party-orgs.ts';
import { weakLaxRepo, type WeakLaxFilter } from '../repo/weak-lax.ts';
import { termWindow } from './shared.ts';
import { workSettings } from './work-settings.ts';

export interface WeakLaxListQuery {
  year?: number;
  unitId?: number;
  category?: string[];
  status?: WeakLaxStatus[];
  stage?: WeakLaxStage;
  q?: string;
}

/** A stage narrows the statuses: the list then counts exactly what the figure counted. */
export function weakLaxFilter(q: WeakLaxListQuery): WeakLaxFilter {
  const { stage, status, ...rest } = q;
  if (!stage) return { ...rest, status };
  const inStage = STAGE_STATUSES[stage] as readonly WeakLaxStatus[];
  // Both given: their intersection, which may be empty (a list of nothing).
  return { ...rest, status: status?.length ? status.filter((s) => inStage.includes(s)) : [...inStage] };
}

/** The list endpoint with the filters that give exactly a figure's rows. */
export function weakLaxListUrl(q: WeakLaxListQuery): string {
  const p = new URLSearchParams();
  if (q.year !== undefined) p.set('year', String(q.year));
  if (q.unitId !== undefined) p.set('unitId', String(q.unitId));
  for (const c of q.category ?? []) p.append('category', c);
  for (const s of q.status ?? []) p.append('status', s);
  if (q.stage) p.set('stage', q.stage);
  const s = p.toString();
  return `/api/party-orgs/weak-lax${s ? `?${s}` : ''}`;
}

export const weakLaxFiguresService = {
  /** 软弱涣散 figures: designated / rectifying / accepted / watched, overall and by category, each with its list; the 倒排 share under a quota. */
  async figures(ctx: AppContext, actor: Actor, q: { year?: number; unitId?: number }) {
    requirePermission(actor, 'partyOrgs.read');
    const [counts, settings] = await Promise.all([weakLaxRepo.statusCounts(ctx.db, actor, q), workSettings(ctx.db)]);
    const f = stageFigures(counts, ORG_CATEGORIES);
    const open = (stage: WeakLaxStage, category?: string) => weakLaxListUrl({ ...q, stage, category: category ? [category] : undefined });
    const stages = (by: Record<WeakLaxStage, number>, category?: string) =>
      Object.fromEntries(WEAK_LAX_STAGES.map((s) => [s, { count: by[s], list: open(s, category) }])) as Record<WeakLaxStage, { count: number; list: string }>;
    let quota = null;
    if (settings.quotaPercent !== null) {
      // 倒排 is done among villages and communities (the organizations screened each year).
      const organizations = await partyOrgRepo.count(ctx.db, actor, { unitId: q.unitId, category: ['rural', 'community'] }, termWindow(ctx));
      const share = quotaShare(f.byStage.designated, organizations, settings.quotaPercent)!;
      quota = { percent: settings.quotaPercent, organizations, ...share };
    }
    return {
      year: q.year ?? null,
      screened: { count: f.screened, list: weakLaxListUrl({ ...q, status: ['screened'] }) },
      byStage: stages(f.byStage),
      byCategory: f.byCategory.map((c) => ({ category: c.category, byStage: stages(c.byStage, c.category) })),
      quota,
    };
  },
};
