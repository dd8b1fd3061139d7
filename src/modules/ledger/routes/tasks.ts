import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import type { Action, ActionInputs } from '../domain/index.ts';
import type { TaskFilter } from '../repo/tasks.ts';
import { taskService, type TaskFields } from '../service/tasks.ts';
import { actionService, type ReportInput } from '../service/actions.ts';
import { reportService } from '../service/reports.ts';
import { taskTimeline } from '../service/timeline.ts';
import { viewService } from '../service/views.ts';
import * as s from '../schema.ts';

type Id = { id: number };
type ListQuery = TaskFilter & { page: number; pageSize: number };
const tags = ['ledger'];

export function taskRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<{ Querystring: ListQuery }>(
    '/tasks',
    {
      schema: { tags, summary: 'The ledger: tasks by unit (with subtree), status, light, deadline, source, category, owner, keyword', querystring: s.taskQuery, response: { 200: s.taskList } },
      // The schema documents the answer; the presenter already builds exactly these fields, and
      // plain JSON.stringify is several times faster than a compiled serializer with nullable objects.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    (req) => {
      const { page, pageSize, ...filter } = req.query;
      return taskService.list(ctx, actorOf(req), filter, { page, pageSize });
    },
  );
  app.get<{ Querystring: TaskFilter }>('/tasks/summary', { schema: { tags, summary: 'Counts by status and light, each with the list it opens', querystring: s.taskQuery } }, (req) =>
    viewService.summary(ctx, actorOf(req), req.query),
  );
  app.get('/my-work', { schema: { tags, summary: '我的工作: to acknowledge, reports due, returned' } }, (req) => viewService.myWork(ctx, actorOf(req)));
  app.get<{ Params: Id }>('/tasks/:id', { schema: { tags, params: idParams } }, (req) => taskService.get(ctx, actorOf(req), req.params.id));
  app.post<{ Body: TaskFields }>('/tasks', { schema: { tags, body: s.createTaskBody } }, async (req, reply) =>
    reply.status(201).send(await taskService.create(ctx, actorOf(req), req.body)),
  );
  app.patch<{ Params: Id; Body: Partial<TaskFields> & { version: number } }>('/tasks/:id', { schema: { tags, params: idParams, body: s.updateTaskBody } }, (req) => {
    const { version, ...fields } = req.body;
    return taskService.update(ctx, actorOf(req), req.params.id, version, fields);
  });
  app.delete<{ Params: Id; Querystring: { version: number } }>(
    '/tasks/:id',
    { schema: { tags, params: idParams, querystring: { type: 'object', required: ['version'], properties: { version: { type: 'integer' } } } } },
    async (req, reply) => {
      await taskService.remove(ctx, actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );
  app.post<{ Body: { ids: number[] } }>(
    '/tasks/dispatch',
    { schema: { tags, summary: 'Dispatch several drafts at once (all or none)', body: { type: 'object', required: ['ids'], properties: { ids: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'integer' } } } } } },
    (req) => actionService.dispatchMany(ctx, actorOf(req), req.body.ids),
  );
  app.post<{ Params: { id: number; action: Action }; Body: { version: number; reason?: string; deadline?: string; text?: string; fileIds?: number[] } }>(
    '/tasks/:id/actions/:action',
    { schema: { tags, summary: 'One step of the loop: dispatch, acknowledge, requestSignOff, signOff, returnSignOff, extensions, reopen, cancel', params: s.actionParams, body: s.actionBody } },
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
  app.get<{ Params: Id }>('/tasks/:id/reports', { schema: { tags, params: idParams } }, async (req) => ({ items: await reportService.list(ctx, actorOf(req), req.params.id) }));
  app.post<{ Params: Id; Body: ReportInput }>('/tasks/:id/reports', { schema: { tags, summary: 'A progress report (填报)', params: idParams, body: s.reportBody } }, async (req, reply) => {
    const id = await actionService.report(ctx, actorOf(req), req.params.id, req.body);
    return reply.status(201).send({ id });
  });
  app.post<{ Params: Id; Body: { decision: 'accepted' | 'returned'; comment?: string } }>(
    '/reports/:id/review',
    { schema: { tags, summary: 'Accept or return a report (审核 / 退回)', params: idParams, body: s.reviewBody } },
    async (req, reply) => {
      await reportService.review(ctx, actorOf(req), req.params.id, req.body.decision, req.body.comment ?? null);
      return reply.status(204).send();
    },
  );
  app.get<{ Params: Id }>('/tasks/:id/timeline', { schema: { tags, params: idParams } }, async (req) => ({ items: await taskTimeline(ctx, actorOf(req), req.params.id) }));
}
