import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { problemService } from '../service/problems.ts';
import { measureService } from '../service/measures.ts';
import { acceptanceService } from '../service/acceptance.ts';
import { presentPrompts } from '../service/present.ts';
import * as s from '../schema.ts';

const tags = ['problems'];

/** 问题清单: problems, their measures (ledger tasks) and acceptance. Detail answers carry `warnings` and `actions`. */
export function problemRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/problems',
    {
      schema: {
        tags,
        summary: 'Problems by unit (with subtree), status, category, severity, source kind, light, keyword',
        querystring: s.problemQuery,
        response: { 200: s.problemList },
      },
    },
    (req) => {
      const { page, pageSize, ...filter } = req.query;
      return problemService.list(ctx, actorOf(req), filter, { page, pageSize });
    },
  );
  app.post(
    '/problems',
    { schema: { tags, summary: 'Record a problem, optionally with its measures (drafts)', body: s.createBody, response: { 201: s.problemDetail } } },
    async (req, reply) => reply.status(201).send(await problemService.create(ctx, actorOf(req), req.body)),
  );
  app.get('/problems/:id', { schema: { tags, params: idParams, response: { 200: s.problemDetail } } }, (req) =>
    problemService.get(ctx, actorOf(req), req.params.id),
  );
  app.patch('/problems/:id', { schema: { tags, params: idParams, body: s.updateBody, response: { 200: s.problemDetail } } }, (req) => {
    const { version, ...fields } = req.body;
    return problemService.update(ctx, actorOf(req), req.params.id, version, fields);
  });
  app.post(
    '/problems/:id/measures',
    {
      schema: {
        tags,
        summary: 'Add a rectification measure: a draft ledger task (category problem)',
        params: idParams,
        body: s.measureBody,
        response: { 201: s.measureResponse },
      },
    },
    async (req, reply) => {
      const r = await measureService.add(ctx, actorOf(req), req.params.id, req.body);
      return reply.status(201).send({ taskId: r.taskId, warnings: presentPrompts(req.locale, r.warnings) });
    },
  );
  app.post(
    '/problems/:id/dispatch',
    { schema: { tags, summary: 'Dispatch every draft measure (all or none)', params: idParams, response: { 200: s.problemDetail } } },
    async (req) => {
      await measureService.dispatch(ctx, actorOf(req), req.params.id);
      return problemService.get(ctx, actorOf(req), req.params.id);
    },
  );
  app.post(
    '/problems/:id/accept',
    { schema: { tags, summary: '验收: accept the rectification with evidence', params: idParams, body: s.acceptBody, response: { 200: s.problemDetail } } },
    async (req) => {
      await acceptanceService.accept(ctx, actorOf(req), req.params.id, req.body);
      return problemService.get(ctx, actorOf(req), req.params.id);
    },
  );
  app.post(
    '/problems/:id/refuse-acceptance',
    { schema: { tags, summary: 'Refuse acceptance: back to rectifying', params: idParams, body: s.refuseBody, response: { 200: s.problemDetail } } },
    async (req) => {
      await acceptanceService.refuse(ctx, actorOf(req), req.params.id, req.body);
      return problemService.get(ctx, actorOf(req), req.params.id);
    },
  );
}
