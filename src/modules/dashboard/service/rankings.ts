import type { AppContext } from '../../../platform/context.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { audit } from '../../../platform/audit/index.ts';
import { invalid } from '../../../platform/errors.ts';
import { readSetting, writeSetting } from '../../../platform/settings.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { LIGHTFUL_STATUSES, listUrl, dayTotalsByUnit } from '../../ledger/index.ts';
import { rateOf } from '../domain/figures.ts';
import { DEFAULT_WEIGHTS, rank, validWeights, type RankingWeights, type UnitOutcomes } from '../domain/ranking.ts';
import { contributedFigures } from '../contributions.ts';
import { dashboardRepo } from '../repo.ts';
import { stateFigures } from './figures.ts';
import { checkedPeriod, signedOffIn } from './period.ts';
import { baseFilter, childStatusRows, childUnits, dashboardScope } from './scope.ts';

const WEIGHTS_KEY = 'dashboard.rankingWeights';

/** Signed off in the period and of them on time, per child unit, from the ledger's day counters. */
async function onTimeFromCounters(ctx: AppContext, ids: number[], period: { from: string; to: string }) {
  const [total, onTime] = await Promise.all([
    dayTotalsByUnit(ctx.db, ids, 'signedOff', period.from, period.to),
    dayTotalsByUnit(ctx.db, ids, 'signedOffOnTime', period.from, period.to),
  ]);
  return new Map(ids.map((id) => [id, { total: total.get(id) ?? 0, onTime: onTime.get(id) ?? 0 }]));
}

// Units only, on outcomes only: see domain/ranking.ts for the rule against ranking individuals.
export const rankingService = {
  weights: (ctx: AppContext) => readSetting<RankingWeights>(ctx.db, WEIGHTS_KEY, DEFAULT_WEIGHTS),

  async setWeights(ctx: AppContext, actor: Actor, w: RankingWeights): Promise<RankingWeights> {
    requirePermission(actor, 'dashboard.manage');
    if (!validWeights(w)) throw invalid('dashboard.bad_weights');
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      const before = await readSetting<RankingWeights>(tx, WEIGHTS_KEY, DEFAULT_WEIGHTS);
      await writeSetting(tx, WEIGHTS_KEY, w, now);
      await audit(
        tx,
        auditActor(actor),
        { action: 'dashboard.rankingWeights', entity: 'setting', entityId: WEIGHTS_KEY, before: { ...before }, after: { ...w } },
        now,
      );
    });
    return w;
  },

  /** The scope's child units ranked on completion, on-time rate, overdue share and (when contributed) rectification. */
  async rankings(ctx: AppContext, actor: Actor, q: { unitId?: number; from?: string; to?: string }) {
    const today = ctx.today();
    const scope = await dashboardScope(ctx, actor, q.unitId);
    const period = checkedPeriod(today, q);
    const weights = await rankingService.weights(ctx);
    const children = await childUnits(ctx, scope);
    const ids = children.map((c) => c.id);
    const [rows, onTime, contributions] = await Promise.all([
      childStatusRows(ctx, actor, scope, ids, today),
      scope.rollups ? onTimeFromCounters(ctx, ids, period) : dashboardRepo.onTimeByChild(ctx.db, actor, signedOffIn(baseFilter(scope), period), ids, today),
      contributedFigures(ctx, actor, { unitId: scope.unitId, childIds: ids, period }),
    ]);
    const rectification = Object.values(contributions).find((c) => c.rectificationRate)?.rectificationRate;
    const outcomes = children.map((c): UnitOutcomes & { unit: typeof c } => {
      const s = stateFigures(rows.get(c.id) ?? [], { unitId: c.id });
      const open = (rows.get(c.id) ?? []).filter((r) => LIGHTFUL_STATUSES.includes(r.status)).reduce((n, r) => n + r.total, 0);
      const signed = signedOffIn({ unitId: c.id }, period);
      const t = onTime.get(c.id) ?? { total: 0, onTime: 0 };
      return {
        unitId: c.id,
        unit: c,
        completion: s.completionRate,
        onTime: rateOf({ count: t.onTime, list: listUrl({ ...signed, onTime: true }) }, { count: t.total, list: listUrl(signed) }),
        overdue: rateOf(s.overdue, { count: open, list: listUrl({ unitId: c.id, status: LIGHTFUL_STATUSES }) }),
        ...(rectification?.[c.id] ? { rectification: rectification[c.id] } : {}),
      };
    });
    const usesRectification = rectification !== undefined;
    return {
      asOf: today,
      scope: { unitId: scope.unitId ?? null, name: scope.name },
      period,
      weights: usesRectification ? weights : { ...weights, rectification: 0 },
      items: rank(outcomes, weights).map((r) => ({
        rank: r.rank,
        score: r.score,
        unit: r.outcomes.unit,
        completionRate: r.outcomes.completion,
        onTimeRate: r.outcomes.onTime,
        overdue: r.outcomes.overdue.numerator,
        overdueRate: r.outcomes.overdue,
        rectificationRate: r.outcomes.rectification ?? null,
      })),
    };
  },
};

export type Rankings = Awaited<ReturnType<typeof rankingService.rankings>>;
