import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { fileResponse, idParams } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { noticeService } from '../service/notices.ts';
import * as s from '../schema.ts';

const tags = ['supervision'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function noticeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.post(
    '/tasks/:id/supervision-notices',
    { schema: { tags, summary: '督办单: issue a numbered supervision notice (.docx) to the lead unit', params: idParams, body: s.noticeBody, response: { 201: s.notice } } },
    async (req, reply) => reply.status(201).send(await noticeService.issue(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.get('/supervision-notices', { schema: { tags, querystring: s.noticeQuery, response: { 200: s.noticeList } } }, (req) =>
    noticeService.list(ctx, actorOf(req), req.query.taskId),
  );
  app.get('/supervision-notices/:id.docx', { schema: { tags, summary: 'The notice as issued (.docx)', params: idParams, response: { 200: fileResponse(DOCX, '督办单.docx') } } }, async (req, reply) => {
    const file = await noticeService.download(ctx, actorOf(req), req.params.id);
    return reply
      .header('content-type', file.mime)
      .header('content-length', file.size)
      .header('content-disposition', `attachment; filename="notice-${req.params.id}.docx"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .send(file.stream);
  });
}
