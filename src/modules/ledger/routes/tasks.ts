import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams, noContent } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import type { Action, ActionInputs } from '../domain/index.ts';
import { taskService, type TaskFields } from '../service/tasks.ts';
import { actionService } from '../service/actions.ts';
import { reportService } from '../service/reports.ts';
import { taskTimeline } from '../service/timeline.ts';
import { viewService } from '../service/views.ts';
import * as s from '../schema.ts';

const tags = ['ledger'];
const versionQuery = { type: 'object', required: ['version'], properties: { version: { type: 'integer' } } } as const;
const dispatchBody = {
  type: 'object',
  required: ['ids'],
  properties: { ids: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'integer' } } },
} as const;

export function taskRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/tasks',
    {
      schema: {
        tags,
        summary: 'The ledger: tasks by unit (with subtree), status, light, deadline, source, category, owner, keyword',
        querystring: s.taskQuery,
        response: { 200: s.taskList },
      },
      // The schema documents the answer; the presenter already builds exactly these fields, and
      // plain JSON.stringify is several times faster than a compiled serializer with nullable objects.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    (req) => {
      const { page, pageSize, ...filter } = req.query;
      return taskService.list(ctx, actorOf(req), filter, { page, pageSize });
    },
  );
  app.get(
    '/tasks/summary',
    { schema: { tags, summary: 'Counts by status and light, each with the list it opens', querystring: s.taskQuery, response: { 200: s.taskSummary } } },
    (req) => viewService.summary(ctx, actorOf(req), req.query),
  );
  app.get('/my-work', { schema: { tags, summary: '我的工作: to acknowledge, reports due, returned', response: { 200: s.myWork } } }, (req) =>
    viewService.myWork(ctx, actorOf(req)),
  );
  app.get('/tasks/:id', { schema: { tags, params: idParams, response: { 200: s.taskDetail } } }, (req) => taskService.get(ctx, actorOf(req), req.params.id));
  app.post('/tasks', { schema: { tags, body: s.createTaskBody, response: { 201: s.taskDetail } } }, async (req, reply) =>
    reply.status(201).send(await taskService.create(ctx, actorOf(req), req.body as TaskFields)),
  );
  app.patch('/tasks/:id', { schema: { tags, params: idParams, body: s.updateTaskBody, response: { 200: s.taskDetail } } }, (req) => {
    const { version, ...fields } = req.body;
    // The reporting cycle's if/then (schema.ts) makes it the domain's union; json-schema-to-ts does not read if/then.
    return taskService.update(ctx, actorOf(req), req.params.id, version, fields as Partial<TaskFields>);
  });
  app.delete('/tasks/:id', { schema: { tags, params: idParams, querystring: versionQuery, response: { 204: noContent } } }, async (req, reply) => {
    await taskService.remove(ctx, actorOf(req), req.params.id, req.query.version);
    return reply.status(204).send();
  });
  app.post(
    '/tasks/dispatch',
    { schema: { tags, summary: 'Dispatch several drafts at once (all or none)', body: dispatchBody, response: { 200: s.dispatched } } },
    (req) => actionService.dispatchMany(ctx, actorOf(req), req.body.ids),
  );
  app.post(
    '/tasks/:id/actions/:action',
    {
      schema: {
        tags,
        summary: 'One step of the loop: dispatch, acknowledge, requestSignOff, signOff, returnSignOff, extensions, reopen, cancel',
        params: s.actionParams,
        body: s.actionBody,
        response: { 200: s.taskDetail },
      },
    },
    async (req) => {
      const { version, text, fileIds, ...input } = req.body;
      const actor = actorOf(req);
      if (req.params.action === 'requestSignOff' && text) {
        await actionService.report(ctx, actor, req.params.id, { text, fileIds }, true);
      } else {
        await actionService.act(ctx, actor, req.params.id, req.params.action, version, input as ActionInputs[Action]);
      }
      return taskService.get(ctx, actor, req.params.id);
    },
  );
  app.get('/tasks/:id/reports', { schema: { tags, params: idParams, response: { 200: s.reportList } } }, async (req) => ({
    items: await reportService.list(ctx, actorOf(req), req.params.id),
  }));
  app.post(
    '/tasks/:id/reports',
    { schema: { tags, summary: 'A progress report (填报)', params: idParams, body: s.reportBody, response: { 201: s.created } } },
    async (req, reply) => {
      const id = await actionService.report(ctx, actorOf(req), req.params.id, req.body);
      return reply.status(201).send({ id });
    },
  );
  app.post(
    '/reports/:id/review',
    { schema: { tags, summary: 'Accept or return a report (审核 / 退回)', params: idParams, body: s.reviewBody, response: { 204: noContent } } },
    async (req, reply) => {
      await reportService.review(ctx, actorOf(req), req.params.id, req.body.decision, req.body.comment ?? null);
      return reply.status(204).send();
    },
  );
  app.get('/tasks/:id/timeline', { schema: { tags, params: idParams, response: { 200: s.timeline } } }, async (req) => ({
    items: await taskTimeline(ctx, actorOf(req), req.params.id),
  }));
}
