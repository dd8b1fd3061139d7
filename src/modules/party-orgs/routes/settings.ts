import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { typed } from '../../../platform/http/typed.ts';
import { settingsService } from '../service/settings.ts';
import * as s from '../schema.ts';

const tags = ['partyOrgs'];

/** The registry's settings: term lengths by kind (2018 opinion defaults; domain/terms.ts). */
export function settingsRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get('/party-orgs/settings', { schema: { tags, summary: 'Term lengths in force', response: { 200: s.settingsResponse } } }, (req) =>
    settingsService.get(ctx, actorOf(req)),
  );
  app.put(
    '/party-orgs/settings/terms',
    {
      schema: {
        tags,
        summary: 'Change the term lengths; organizations on the default length get their term end again',
        body: s.termRulesBody,
        response: { 200: s.settingsResponse },
      },
    },
    (req) => settingsService.setTermRules(ctx, actorOf(req), req.body),
  );
}
