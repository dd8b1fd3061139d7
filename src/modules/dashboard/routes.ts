import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { requirePermission } from '../../platform/access/index.ts';
import { typed } from '../../platform/http/typed.ts';
import { taskItem } from '../ledger/index.ts';
import { dashboardOverview } from './service/overview.ts';
import { battleMap } from './service/battle-map.ts';
import { rankingService } from './service/rankings.ts';
import * as s from './schema.ts';

const tags = ['dashboard'];
const overview = s.overviewOf(taskItem);

export function dashboardRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/dashboard',
    {
      schema: {
        tags,
        summary: 'The leaders’ screen: status, lights, rates, overdue, lagging, by source, by unit, trends; every count opens its list',
        querystring: s.dashboardQuery,
        response: { 200: overview },
      },
    },
    (req) => dashboardOverview(ctx, actorOf(req), req.query),
  );
  app.get(
    '/dashboard/battle-map',
    {
      schema: {
        tags,
        summary: '挂图作战: tasks against time with milestones, deadlines and lights, grouped by unit or source',
        querystring: s.battleMapQuery,
        response: { 200: s.battleMap },
      },
    },
    (req) => battleMap(ctx, actorOf(req), req.query),
  );
  app.get(
    '/rankings',
    {
      schema: {
        tags,
        summary: '排名: child units on outcomes only (never individuals), with the weights used',
        querystring: s.rankingQuery,
        response: { 200: s.rankings },
      },
    },
    (req) => rankingService.rankings(ctx, actorOf(req), req.query),
  );
  app.get('/rankings/weights', { schema: { tags, response: { 200: s.weightsBody } } }, (req) => {
    requirePermission(actorOf(req), 'dashboard.read');
    return rankingService.weights(ctx);
  });
  app.put('/rankings/weights', { schema: { tags, body: s.weightsBody, response: { 200: s.weightsBody } } }, (req) =>
    rankingService.setWeights(ctx, actorOf(req), req.body),
  );
}
