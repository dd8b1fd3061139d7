import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { settingsService } from '../service/settings.ts';
import * as s from '../schema.ts';

const tags = ['problems'];

/** The category dictionary (问题类别) and the light's warning thresholds; supervisors change them. */
export function settingsRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/problem-categories', { schema: { tags } }, (req) => settingsService.categories(ctx, actorOf(req)));
  app.put<{ Body: { items: string[] } }>('/problem-categories', { schema: { tags, body: s.categoriesBody } }, (req) => settingsService.setCategories(ctx, actorOf(req), req.body.items));
  app.get('/problem-lights', { schema: { tags, summary: 'Days before the deadline at which a problem warns (default [20, 10])' } }, (req) => settingsService.lights(ctx, actorOf(req)));
  app.put<{ Body: { warnDays: number[] } }>('/problem-lights', { schema: { tags, body: s.lightsBody } }, (req) => settingsService.setLights(ctx, actorOf(req), req.body.warnDays));
}
