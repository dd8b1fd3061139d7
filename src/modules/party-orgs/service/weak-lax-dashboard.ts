import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/access/index.ts';
import type { ContributionQuery, Figure } from '../../dashboard/index.ts';
import type { WeakLaxStage } from '../domain/weak-lax-figures.ts';
import { weakLaxFiguresService } from './weak-lax-figures.ts';

/**
 * The weak-and-lax part of the module's dashboard contribution: the cases in rectification, accepted
 * and watched now, all years, over the scope unit's subtree; each count opens the ledger list
 * (/api/party-orgs/weak-lax?stage=…, the web's /party-orgs/weak-lax takes the same query).
 * Kept apart from the renewals' figures, which the same contribution carries.
 */
export async function weakLaxDashboardFigures(ctx: AppContext, actor: Actor, q: ContributionQuery): Promise<Record<WeakLaxStage, Figure> | null> {
  // A reader without the registry's permission gets no such figures (rather than a logged refusal on every load).
  if (!actor.permissions.has('partyOrgs.read')) return null;
  return (await weakLaxFiguresService.figures(ctx, actor, { unitId: q.unitId })).byStage;
}

/** The contribution's `figures` entries of this part: `{ weakLax: { designated, rectifying, accepted, watched } }`, or none. */
export async function weakLaxContribution(ctx: AppContext, actor: Actor, q: ContributionQuery): Promise<Record<string, Record<string, Figure>>> {
  const weakLax = await weakLaxDashboardFigures(ctx, actor, q);
  return weakLax ? { weakLax } : {};
}
