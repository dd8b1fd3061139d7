import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { idParams } from '../../platform/http/schemas.ts';
import { briefingService, type CreateInput, type EditInput } from './service/briefings.ts';
import * as s from './schema.ts';

const tags = ['briefings'];
type Id = { Params: { id: number } };

const download = (reply: FastifyReply, file: { name: string; body: Buffer }, mime: string, fallback: string) =>
  reply
    .header('content-type', mime)
    .header('content-disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(file.body);

export function briefingRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post<{ Body: CreateInput }>('/briefings', { schema: { tags, summary: '通报: a draft for a period and scope, with generated figures and editable text', body: s.createBody } }, async (req, reply) =>
    reply.status(201).send(await briefingService.create(ctx, actorOf(req), req.body)),
  );
  app.get<{ Querystring: { status?: 'draft' | 'issued' } }>('/briefings', { schema: { tags, querystring: s.listQuery } }, (req) => briefingService.list(ctx, actorOf(req), req.query.status));
  app.get<Id>('/briefings/:id', { schema: { tags, params: idParams } }, (req) => briefingService.get(ctx, actorOf(req), req.params.id));
  app.patch<Id & { Body: EditInput }>('/briefings/:id', { schema: { tags, summary: 'Edit a draft’s title or section texts (version checked)', params: idParams, body: s.editBody } }, (req) =>
    briefingService.edit(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post<Id & { Body: { version: number } }>('/briefings/:id/issue', { schema: { tags, summary: 'Issue (freeze) a draft', params: idParams, body: s.issueBody } }, (req) =>
    briefingService.issue(ctx, actorOf(req), req.params.id, req.body.version),
  );
  app.get<Id>('/briefings/:id.docx', { schema: { tags, summary: 'The briefing as a Word document', params: idParams } }, async (req, reply) =>
    download(reply, await briefingService.docx(ctx, actorOf(req), req.params.id), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', `briefing-${req.params.id}.docx`),
  );
  app.get<Id>('/briefings/:id/tables.xlsx', { schema: { tags, summary: 'The briefing’s tables as a workbook', params: idParams } }, async (req, reply) =>
    download(reply, await briefingService.xlsx(ctx, actorOf(req), req.params.id), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `briefing-${req.params.id}.xlsx`),
  );
}
