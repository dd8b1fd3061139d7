import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { lookBackService } from '../service/look-backs.ts';
import * as s from '../schema.ts';

const tags = ['supervision'];

export function lookBackRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.post(
    '/look-backs',
    {
      schema: {
        tags,
        summary: '回头看: schedule checks of signed-off tasks (all, one source, or a sample of N%)',
        body: s.lookBackBody,
        response: { 201: s.lookBackDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await lookBackService.create(ctx, actorOf(req), req.body)),
  );
  app.get('/look-backs', { schema: { tags, querystring: s.lookBackQuery, response: { 200: s.lookBackList } } }, (req) =>
    lookBackService.list(ctx, actorOf(req), req.query),
  );
  app.get('/look-backs/:id', { schema: { tags, params: idParams, response: { 200: s.lookBackDetail } } }, (req) =>
    lookBackService.get(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/look-back-checks/:id',
    {
      schema: {
        tags,
        summary: 'Confirm a signed-off task, or reopen it (reason; a new deadline when the old one has passed)',
        params: idParams,
        body: s.checkBody,
        response: { 200: s.lookBackCheck },
      },
    },
    (req) => lookBackService.decide(ctx, actorOf(req), req.params.id, req.body),
  );
}
