import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { instructionService } from '../service/instructions.ts';
import * as s from '../schema.ts';

const tags = ['instructions'];

/** 批示 on tasks and sources, and 转为来源. */
export function instructionRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/tasks/:id/instructions',
    { schema: { tags, summary: 'The 批示 on a task, oldest first', params: idParams, response: { 200: s.instructionList } } },
    (req) => instructionService.listOnTask(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/tasks/:id/instructions',
    {
      schema: {
        tags,
        summary: 'A leader writes a 批示 on a task (instruction.write)',
        params: idParams,
        body: s.instructionBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.status(201).send(await instructionService.writeOnTask(ctx, actorOf(req), req.params.id, req.body.text)),
  );
  app.get(
    '/sources/:id/instructions',
    { schema: { tags, summary: 'The 批示 on a source, oldest first', params: idParams, response: { 200: s.instructionList } } },
    (req) => instructionService.listOnSource(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/sources/:id/instructions',
    {
      schema: {
        tags,
        summary: 'A leader writes a 批示 on a source (instruction.write)',
        params: idParams,
        body: s.instructionBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.status(201).send(await instructionService.writeOnSource(ctx, actorOf(req), req.params.id, req.body.text)),
  );
  app.get(
    '/figure-instructions',
    {
      schema: {
        tags,
        summary: 'The 批示 on the dashboard figures of a scope (a unit; none: the city), newest first',
        querystring: s.figureInstructionQuery,
        response: { 200: s.figureInstructionList },
      },
    },
    (req) => instructionService.listOnFigures(ctx, actorOf(req), req.query.unitId ?? null),
  );
  app.post(
    '/figure-instructions',
    {
      schema: {
        tags,
        summary: 'A leader writes a 批示 on a dashboard figure (instruction.write): it reaches the scope’s supervisors and liaisons',
        body: s.figureInstructionBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.status(201).send(await instructionService.writeOnFigure(ctx, actorOf(req), req.body)),
  );
  app.post(
    '/instructions/:id/convert',
    {
      schema: {
        tags,
        summary: '转为来源: a source of kind instruction with the 批示’s text, to decompose into tasks',
        params: idParams,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.status(201).send(await instructionService.convert(ctx, actorOf(req), req.params.id)),
  );
}
