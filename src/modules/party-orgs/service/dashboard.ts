import type { ContributedFigures, DashboardContribution, Figure } from '../../dashboard/index.ts';
import type { ToDoContribution } from '../../../platform/module.ts';
import { figuresRepo, type TermCounts } from '../repo/figures.ts';
import { termWindow } from './shared.ts';

/** The renewals list (换届提醒) for these filters: what a figure opens (the web's /party-orgs/renewals takes the same query). */
export function renewalsUrl(f: { unitId?: number; termStatus?: 'overdue' | 'dueSoon' }): string {
  const q = new URLSearchParams();
  if (f.termStatus) q.set('termStatus', f.termStatus);
  if (f.unitId !== undefined) q.set('unitId', String(f.unitId));
  const qs = q.toString();
  return qs ? `/api/party-orgs/renewals?${qs}` : '/api/party-orgs/renewals';
}

function figuresOf(c: TermCounts, unitId: number | undefined): Record<string, Figure> {
  return {
    organizations: { count: c.total, list: unitId === undefined ? '/api/party-orgs' : `/api/party-orgs?unitId=${unitId}` },
    renewalsOverdue: { count: c.overdue, list: renewalsUrl({ unitId, termStatus: 'overdue' }) },
    renewalsDueSoon: { count: c.dueSoon, list: renewalsUrl({ unitId, termStatus: 'dueSoon' }) },
  };
}

/** 换届: organizations, overdue renewals (届满未换届) and renewals due within 6 months, as of today, scoped as the registry. */
export const partyOrgsDashboard: DashboardContribution = {
  key: 'partyOrgs',
  async figures(ctx, actor, q): Promise<ContributedFigures> {
    if (!actor.permissions.has('partyOrgs.read')) return { figures: {} };
    const w = termWindow(ctx);
    const [all, perChild] = await Promise.all([figuresRepo.counts(ctx.db, actor, q.unitId, w), figuresRepo.countsPerUnit(ctx.db, actor, q.childIds, w)]);
    const zero = { total: 0, overdue: 0, dueSoon: 0 };
    return {
      figures: figuresOf(all, q.unitId),
      byUnit: Object.fromEntries(q.childIds.map((id) => [id, figuresOf(perChild.get(id) ?? zero, id)])),
    };
  },
};

/** 待办: for whoever manages the registry, the overdue renewals in their scope. */
export const partyOrgsToDo: ToDoContribution = {
  keys: ['partyOrgs.renewalsOverdue'],
  async items(ctx, actor) {
    if (!actor.permissions.has('partyOrgs.manage')) return [];
    const c = await figuresRepo.counts(ctx.db, actor, undefined, termWindow(ctx), 'partyOrgs.manage');
    return [{ key: 'partyOrgs.renewalsOverdue', count: c.overdue, link: '/party-orgs/renewals?termStatus=overdue', severity: 'danger' as const }];
  },
};
