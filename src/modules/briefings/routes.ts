import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendFile } from '../../platform/files/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { fileResponse, idParams } from '../../platform/http/schemas.ts';
import { typed } from '../../platform/http/typed.ts';
import { briefingService } from './service/briefings.ts';
import * as s from './schema.ts';

const tags = ['briefings'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = (reply: FastifyReply, file: { name: string; body: Buffer }, mime: string, fallback: string) =>
  sendFile(reply, { name: file.name, asciiName: fallback, type: mime, buffer: file.body });

export function briefingRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.post(
    '/briefings',
    {
      schema: {
        tags,
        summary: '通报: a draft for a period and scope, with generated figures and editable text',
        body: s.createBody,
        response: { 201: s.briefing },
      },
    },
    async (req, reply) => reply.status(201).send(await briefingService.create(ctx, actorOf(req), req.body)),
  );
  app.get('/briefings', { schema: { tags, querystring: s.listQuery, response: { 200: s.briefingList } } }, (req) =>
    briefingService.list(ctx, actorOf(req), req.query.status),
  );
  app.get('/briefings/:id', { schema: { tags, params: idParams, response: { 200: s.briefing } } }, (req) =>
    briefingService.get(ctx, actorOf(req), req.params.id),
  );
  app.patch(
    '/briefings/:id',
    { schema: { tags, summary: 'Edit a draft’s title or section texts (version checked)', params: idParams, body: s.editBody, response: { 200: s.briefing } } },
    (req) => briefingService.edit(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/briefings/:id/issue',
    { schema: { tags, summary: 'Issue (freeze) a draft', params: idParams, body: s.issueBody, response: { 200: s.briefing } } },
    (req) => briefingService.issue(ctx, actorOf(req), req.params.id, req.body.version),
  );
  app.get(
    '/briefings/:id.docx',
    { schema: { tags, summary: 'The briefing as a Word document', params: idParams, response: { 200: fileResponse(DOCX, '通报.docx') } } },
    async (req, reply) => download(reply, await briefingService.docx(ctx, actorOf(req), req.params.id), DOCX, `briefing-${req.params.id}.docx`),
  );
  app.get(
    '/briefings/:id/tables.xlsx',
    { schema: { tags, summary: 'The briefing’s tables as a workbook', params: idParams, response: { 200: fileResponse(XLSX, '通报附表.xlsx') } } },
    async (req, reply) => download(reply, await briefingService.xlsx(ctx, actorOf(req), req.params.id), XLSX, `briefing-${req.params.id}.xlsx`),
  );
}
