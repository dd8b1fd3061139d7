import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { typed } from '../../../platform/http/typed.ts';
import { coverageService } from '../service/coverage.ts';
import * as s from '../schema.ts';

const tags = ['partyOrgs'];

/** 全覆盖: coverage figures per category and the host units they count. */
export function coverageRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/party-orgs/coverage',
    {
      schema: {
        tags,
        summary: 'Per category, host units in a subtree with and without a party organization',
        querystring: s.coverageQuery,
        response: { 200: s.coverageResponse },
      },
    },
    (req) => coverageService.figures(ctx, actorOf(req), req.query.unitId),
  );
  app.get(
    '/party-orgs/coverage/units',
    { schema: { tags, summary: 'The host units a coverage figure counts', querystring: s.coverageUnitsQuery, response: { 200: s.coverageUnitsResponse } } },
    (req) => {
      const { page, pageSize, ...filter } = req.query;
      return coverageService.units(ctx, actorOf(req), filter, { page, pageSize });
    },
  );
}
