import type { AppContext } from '../../../platform/context.ts';
import { requirePermission, resolveScope, type Actor } from '../../../platform/access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { rollupTotals, rollupTotalsByUnit, seesDrafts, TASK_STATUSES, type TaskFilter } from '../../ledger/index.ts';
import { dashboardRepo, type StatusRow } from '../repo.ts';

/** Statuses that count as the ledger's work: everything dispatched and not cancelled (completion's denominator). */
export const ACTIVE_STATUSES: string[] = TASK_STATUSES.filter((s) => s !== 'draft' && s !== 'cancelled');

export interface DashboardScope {
  /** The scope unit; undefined only for a city-wide reader of a forest with several roots. */
  unitId: number | undefined;
  name: string;
  /**
   * True when the actor sees the unit's whole subtree: its figures then come from the ledger's
   * roll-up counters (kept per ancestor unit, a few rows). Otherwise they are counted from tasks.
   */
  rollups: boolean;
}

/**
 * The dashboard's scope: the asked unit if the actor may see it, else the actor's widest
 * ledger.read grant (the root for a city-wide reader). Liaisons and district leaders therefore
 * see their own unit's dashboard and nothing above it. Out of scope is "not found".
 */
export async function dashboardScope(ctx: AppContext, actor: Actor, unitId?: number): Promise<DashboardScope> {
  requirePermission(actor, 'dashboard.read');
  const scope = resolveScope(actor, 'ledger.read');
  if (unitId === undefined) {
    if (scope.all) {
      const roots = await dashboardRepo.roots(ctx.db);
      return roots.length === 1 ? { unitId: roots[0].id, name: roots[0].name, rollups: true } : { unitId: undefined, name: '', rollups: false };
    }
    const widest = (await dashboardRepo.shallowest(ctx.db, scope.subtrees)) ?? (await dashboardRepo.shallowest(ctx.db, scope.units)) ?? actor.unitId;
    unitId = widest;
  }
  const unit = await dashboardRepo.unit(ctx.db, unitId);
  if (!unit) throw notFound();
  if (scope.all || (await dashboardRepo.coveringAncestors(ctx.db, scope.subtrees, unitId)).length) return { unitId, name: unit.name, rollups: true };
  if (scope.units.includes(unitId) || (scope.self && unitId === actor.unitId)) return { unitId, name: unit.name, rollups: false };
  throw notFound();
}

export const baseFilter = (s: { unitId: number | undefined }): TaskFilter => (s.unitId === undefined ? {} : { unitId: s.unitId });

/** Counts by status and light of a scope: roll-up counters when they answer it, else a scan. */
export async function statusRows(ctx: AppContext, actor: Actor, s: DashboardScope, today: string): Promise<StatusRow[]> {
  if (s.rollups && s.unitId !== undefined) return rollupTotals(ctx.db, { unit: s.unitId, part: 'lead', hideDrafts: !seesDrafts(actor) }, today);
  return dashboardRepo.statusRows(ctx.db, actor, baseFilter(s), today);
}

/** The same for each direct child of the scope unit. */
export async function childStatusRows(ctx: AppContext, actor: Actor, s: DashboardScope, childIds: number[], today: string): Promise<Map<number, StatusRow[]>> {
  if (!s.rollups) return dashboardRepo.statusRowsByChild(ctx.db, actor, baseFilter(s), childIds, today);
  return rollupTotalsByUnit(ctx.db, childIds, 'lead', today, !seesDrafts(actor));
}

/** The scope's rows of byUnit and rankings: its direct children (the roots for a forest). */
export async function childUnits(ctx: AppContext, s: DashboardScope) {
  return s.unitId === undefined ? dashboardRepo.roots(ctx.db) : dashboardRepo.children(ctx.db, s.unitId);
}
