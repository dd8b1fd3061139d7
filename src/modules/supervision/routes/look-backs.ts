import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams, type Paging } from '../../../platform/http/schemas.ts';
import { lookBackService, type CheckDecision, type LookBackInput } from '../service/look-backs.ts';
import * as s from '../schema.ts';

const tags = ['supervision'];

export function lookBackRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post<{ Body: LookBackInput }>(
    '/look-backs',
    { schema: { tags, summary: '回头看: schedule checks of signed-off tasks (all, one source, or a sample of N%)', body: s.lookBackBody } },
    async (req, reply) => reply.status(201).send(await lookBackService.create(ctx, actorOf(req), req.body)),
  );
  app.get<{ Querystring: Paging }>('/look-backs', { schema: { tags, querystring: s.lookBackQuery } }, (req) => lookBackService.list(ctx, actorOf(req), req.query));
  app.get<{ Params: { id: number } }>('/look-backs/:id', { schema: { tags, params: idParams } }, (req) => lookBackService.get(ctx, actorOf(req), req.params.id));
  app.post<{ Params: { id: number }; Body: CheckDecision }>(
    '/look-back-checks/:id',
    { schema: { tags, summary: 'Confirm a signed-off task, or reopen it (reason; a new deadline when the old one has passed)', params: idParams, body: s.checkBody } },
    (req) => lookBackService.decide(ctx, actorOf(req), req.params.id, req.body),
  );
}
