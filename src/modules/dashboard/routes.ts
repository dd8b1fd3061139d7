import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { requirePermission } from '../../platform/access/index.ts';
import { dashboardOverview, type DashboardQuery } from './service/overview.ts';
import { battleMap } from './service/battle-map.ts';
import { rankingService } from './service/rankings.ts';
import type { RankingWeights } from './domain/ranking.ts';
import * as s from './schema.ts';

const tags = ['dashboard'];
type Scoped = { unitId?: number; from?: string; to?: string };

export function dashboardRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<{ Querystring: DashboardQuery }>(
    '/dashboard',
    { schema: { tags, summary: 'The leaders’ screen: status, lights, rates, overdue, lagging, by source, by unit, trends; every count opens its list', querystring: s.dashboardQuery } },
    (req) => dashboardOverview(ctx, actorOf(req), req.query),
  );
  app.get<{ Querystring: Scoped & { groupBy?: 'unit' | 'source' } }>(
    '/dashboard/battle-map',
    { schema: { tags, summary: '挂图作战: tasks against time with milestones, deadlines and lights, grouped by unit or source', querystring: s.battleMapQuery } },
    (req) => battleMap(ctx, actorOf(req), req.query),
  );
  app.get<{ Querystring: Scoped }>(
    '/rankings',
    { schema: { tags, summary: '排名: child units on outcomes only (never individuals), with the weights used', querystring: s.rankingQuery } },
    (req) => rankingService.rankings(ctx, actorOf(req), req.query),
  );
  app.get('/rankings/weights', { schema: { tags } }, (req) => {
    requirePermission(actorOf(req), 'dashboard.read');
    return rankingService.weights(ctx);
  });
  app.put<{ Body: RankingWeights }>('/rankings/weights', { schema: { tags, body: s.weightsBody } }, (req) => rankingService.setWeights(ctx, actorOf(req), req.body));
}
