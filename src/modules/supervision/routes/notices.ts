import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { noticeService, type NoticeInput } from '../service/notices.ts';
import * as s from '../schema.ts';

const tags = ['supervision'];

export function noticeRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post<{ Params: { id: number }; Body: NoticeInput }>(
    '/tasks/:id/supervision-notices',
    { schema: { tags, summary: '督办单: issue a numbered supervision notice (.docx) to the lead unit', params: idParams, body: s.noticeBody } },
    async (req, reply) => reply.status(201).send(await noticeService.issue(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.get<{ Querystring: { taskId?: number } }>('/supervision-notices', { schema: { tags, querystring: s.noticeQuery } }, (req) =>
    noticeService.list(ctx, actorOf(req), req.query.taskId),
  );
  app.get<{ Params: { id: number } }>('/supervision-notices/:id.docx', { schema: { tags, summary: 'The notice as issued (.docx)', params: idParams } }, async (req, reply) => {
    const file = await noticeService.download(ctx, actorOf(req), req.params.id);
    return reply
      .header('content-type', file.mime)
      .header('content-length', file.size)
      .header('content-disposition', `attachment; filename="notice-${req.params.id}.docx"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .send(file.stream);
  });
}
