import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { typed } from '../../../platform/http/typed.ts';
import { settingsService } from '../service/settings.ts';
import * as s from '../schema.ts';

const tags = ['problems'];

/** The category dictionary (问题类别) and the light's warning thresholds; supervisors change them. */
export function settingsRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get('/problem-categories', { schema: { tags, response: { 200: s.categoriesResponse } } }, (req) => settingsService.categories(ctx, actorOf(req)));
  app.put('/problem-categories', { schema: { tags, body: s.categoriesBody, response: { 200: s.categoriesResponse } } }, (req) =>
    settingsService.setCategories(ctx, actorOf(req), req.body.items),
  );
  app.get(
    '/problem-lights',
    { schema: { tags, summary: 'Days before the deadline at which a problem warns (default [20, 10])', response: { 200: s.lightsResponse } } },
    (req) => settingsService.lights(ctx, actorOf(req)),
  );
  app.put('/problem-lights', { schema: { tags, body: s.lightsBody, response: { 200: s.lightsResponse } } }, (req) =>
    settingsService.setLights(ctx, actorOf(req), req.body.warnDays),
  );
}
