import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import type { ProblemFilter } from '../repo/problems.ts';
import { problemService, type ProblemFields, type ProblemInput } from '../service/problems.ts';
import { measureService, type MeasureInput } from '../service/measures.ts';
import { acceptanceService, type AcceptInput, type RefuseInput } from '../service/acceptance.ts';
import { presentPrompts } from '../service/present.ts';
import * as s from '../schema.ts';

type Id = { id: number };
const tags = ['problems'];

/** 问题清单: problems, their measures (ledger tasks) and acceptance. Detail answers carry `warnings` and `actions`. */
export function problemRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<{ Querystring: ProblemFilter & { page: number; pageSize: number } }>(
    '/problems',
    { schema: { tags, summary: 'Problems by unit (with subtree), status, category, severity, source kind, light, keyword', querystring: s.problemQuery, response: { 200: s.problemList } } },
    (req) => {
      const { page, pageSize, ...filter } = req.query;
      return problemService.list(ctx, actorOf(req), filter, { page, pageSize });
    },
  );
  app.post<{ Body: ProblemInput }>('/problems', { schema: { tags, summary: 'Record a problem, optionally with its measures (drafts)', body: s.createBody } }, async (req, reply) =>
    reply.status(201).send(await problemService.create(ctx, actorOf(req), req.body)),
  );
  app.get<{ Params: Id }>('/problems/:id', { schema: { tags, params: idParams } }, (req) => problemService.get(ctx, actorOf(req), req.params.id));
  app.patch<{ Params: Id; Body: Partial<ProblemFields> & { version: number } }>('/problems/:id', { schema: { tags, params: idParams, body: s.updateBody } }, (req) => {
    const { version, ...fields } = req.body;
    return problemService.update(ctx, actorOf(req), req.params.id, version, fields);
  });
  app.post<{ Params: Id; Body: MeasureInput }>(
    '/problems/:id/measures',
    { schema: { tags, summary: 'Add a rectification measure: a draft ledger task (category problem)', params: idParams, body: s.measureBody, response: { 201: s.measureResponse } } },
    async (req, reply) => {
      const r = await measureService.add(ctx, actorOf(req), req.params.id, req.body);
      return reply.status(201).send({ taskId: r.taskId, warnings: presentPrompts(req.locale, r.warnings) });
    },
  );
  app.post<{ Params: Id }>('/problems/:id/dispatch', { schema: { tags, summary: 'Dispatch every draft measure (all or none)', params: idParams } }, async (req) => {
    await measureService.dispatch(ctx, actorOf(req), req.params.id);
    return problemService.get(ctx, actorOf(req), req.params.id);
  });
  app.post<{ Params: Id; Body: AcceptInput }>('/problems/:id/accept', { schema: { tags, summary: '验收: accept the rectification with evidence', params: idParams, body: s.acceptBody } }, async (req) => {
    await acceptanceService.accept(ctx, actorOf(req), req.params.id, req.body);
    return problemService.get(ctx, actorOf(req), req.params.id);
  });
  app.post<{ Params: Id; Body: RefuseInput }>('/problems/:id/refuse-acceptance', { schema: { tags, summary: 'Refuse acceptance: back to rectifying', params: idParams, body: s.refuseBody } }, async (req) => {
    await acceptanceService.refuse(ctx, actorOf(req), req.params.id, req.body);
    return problemService.get(ctx, actorOf(req), req.params.id);
  });
}
