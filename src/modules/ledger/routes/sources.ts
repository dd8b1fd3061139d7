import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { AppError } from '../../../platform/errors.ts';
import { isIsoDate } from '../../../platform/calendar/index.ts';
import { sourceService, type PublishInput } from '../service/sources.ts';
import * as s from '../schema.ts';
import type { FromSchema } from 'json-schema-to-ts';

const tags = ['sources'];

export function sourceRoutes(fastify: FastifyInstance, ctx: AppContext) {
  fastify.addSchema(s.draftItemSchema);
  const app = typed(fastify);
  app.post(
    '/sources/parse',
    {
      schema: {
        tags,
        summary: 'Parse pasted text (JSON) or an uploaded .txt/.docx/.doc/.pdf (multipart "file") into a task outline',
        body: { content: { 'application/json': { schema: s.parseBody }, 'multipart/form-data': { schema: {} } } },
        response: { 200: s.parseResult },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (req.isMultipart()) {
        const part = await req.file();
        if (!part) throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.file', code: 'validation.required' }]);
        const data = await part.toBuffer();
        const refDate = (part.fields.refDate as { value?: string } | undefined)?.value;
        // A multipart field skips the JSON schema: check the date here, not deep in the parser.
        if (refDate !== undefined && !isIsoDate(refDate))
          throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.refDate', code: 'validation.date' }]);
        return sourceService.parse(ctx, actor, { file: { name: part.filename, data } }, refDate);
      }
      const body = req.body as FromSchema<typeof s.parseBody> | undefined; // a per-content-type body is not inferred
      if (!body || typeof body.text !== 'string') throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.text', code: 'validation.required' }]);
      return sourceService.parse(ctx, actor, { text: body.text }, body.refDate);
    },
  );
  app.post(
    '/sources',
    {
      schema: {
        tags,
        summary: 'Publish a reviewed outline: the source and all its tasks, in one transaction',
        body: s.publishBody,
        response: { 201: s.published },
      },
    },
    // Items are a $ref to the recursive draft item (not inferred): the service's input type says what they hold.
    async (req, reply) => reply.status(201).send(await sourceService.publish(ctx, actorOf(req), req.body as PublishInput)),
  );
  app.post(
    '/sources/duplicates',
    {
      schema: {
        tags,
        summary: 'Sources already entered with the same title or the same whole text (the review screen warns before publishing)',
        body: s.duplicatesBody,
        response: { 200: s.sourceDuplicates },
      },
    },
    (req) => sourceService.duplicates(ctx, actorOf(req), req.body),
  );
  app.get('/sources', { schema: { tags, querystring: s.sourceListQuery, response: { 200: s.sourceList } } }, (req) =>
    sourceService.list(ctx, actorOf(req), req.query, req.query.kind),
  );
  app.get('/sources/:id', { schema: { tags, params: idParams, response: { 200: s.sourceDetail } } }, (req) =>
    sourceService.get(ctx, actorOf(req), req.params.id),
  );
}
