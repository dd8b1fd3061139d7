import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { fileResponse, idParams } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { sendFile } from '../../../platform/files/index.ts';
import { DOCX, noticeService } from '../service/notices.ts';
import * as s from '../schema.ts';

const tags = ['supervision'];

export function noticeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.post(
    '/tasks/:id/supervision-notices',
    {
      schema: {
        tags,
        summary: '督办单: issue a numbered supervision notice (.docx) to the lead unit',
        params: idParams,
        body: s.noticeBody,
        response: { 201: s.notice },
      },
    },
    async (req, reply) => reply.status(201).send(await noticeService.issue(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.get('/supervision-notices', { schema: { tags, querystring: s.noticeQuery, response: { 200: s.noticeList } } }, (req) =>
    noticeService.list(ctx, actorOf(req), req.query.taskId),
  );
  app.get(
    '/supervision-notices/:id.docx',
    { schema: { tags, summary: 'The notice as issued (.docx)', params: idParams, response: { 200: fileResponse(DOCX, '督办单.docx') } } },
    async (req, reply) => {
      const file = await noticeService.download(ctx, actorOf(req), req.params.id);
      return sendFile(reply, { name: file.name, asciiName: `notice-${req.params.id}.docx`, type: file.mime, stream: file.stream, size: file.size });
    },
  );
}
