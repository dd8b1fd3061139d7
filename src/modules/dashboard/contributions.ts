import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/index.ts';
import type { LuoshiModule } from '../../platform/module.ts';
import type { Figure, RateFigure } from './domain/figures.ts';
import type { Period } from './domain/periods.ts';

/**
 * How another module adds its figures to the dashboard without the dashboard knowing it: a
 * module object may carry a `dashboard` contribution (problems: counts by status, 整改率). The
 * dashboard finds it among ctx.modules at request time, so neither module imports the other at
 * run time and the dashboard works the same when the module is absent.
 *
 *   export const problemsModule = { name: 'problems', ..., dashboard: { key: 'problems', figures } }
 *     satisfies LuoshiModule & DashboardContributor;
 */
export interface DashboardContribution {
  key: string;
  figures(ctx: AppContext, actor: Actor, q: ContributionQuery): Promise<ContributedFigures>;
}

export interface ContributionQuery {
  /** The scope unit (its whole subtree); undefined: everything the actor may see. */
  unitId: number | undefined;
  /** The scope's direct child units, the rows of byUnit and rankings. */
  childIds: number[];
  period: Period;
}

export interface ContributedFigures {
  /** Figures for the whole scope, shown under `contributions[key]`; every count opens its list. */
  figures: Record<string, Figure | RateFigure | Record<string, Figure>>;
  /** Per child unit id, shown in the byUnit rows under `contributions[key]`. */
  byUnit?: Record<number, Record<string, Figure | RateFigure>>;
  /** 整改率 per child unit id: when present, rankings weigh it. */
  rectificationRate?: Record<number, RateFigure>;
}

export interface DashboardContributor {
  dashboard?: DashboardContribution;
}

export function contributionsOf(ctx: AppContext): DashboardContribution[] {
  return ctx.modules.flatMap((m: LuoshiModule & DashboardContributor) => (m.dashboard ? [m.dashboard] : []));
}

/** Every contribution's figures, keyed; one failing module does not take the dashboard down. */
export async function contributedFigures(ctx: AppContext, actor: Actor, q: ContributionQuery): Promise<Record<string, ContributedFigures>> {
  const out: Record<string, ContributedFigures> = {};
  for (const c of contributionsOf(ctx)) {
    try {
      out[c.key] = await c.figures(ctx, actor, q);
    } catch (err) {
      ctx.log.error({ err, contribution: c.key }, 'dashboard contribution failed');
    }
  }
  return out;
}
