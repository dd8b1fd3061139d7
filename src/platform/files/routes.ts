import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { actorOf } from '../http/auth-hook.ts';
import { idParams } from '../http/schemas.ts';
import { typed } from '../http/typed.ts';
import { AppError } from '../errors.ts';
import { openFile, uploadFile } from './service.ts';
import { sendFile } from './send.ts';
import { storedContent, storedFile, uploadBody } from './schema.ts';

/** The one multipart "file" part of an upload: a 400 naming body.file when there is none. */
export async function readUpload(req: FastifyRequest): Promise<{ name: string; data: Buffer }> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (!part) throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.file', code: 'validation.required' }]);
  return { name: part.filename, data: await part.toBuffer() };
}

/**
 * Upload and download of stored files, for every module: a module attaches the uploaded id to its
 * own rows and answers `canReadFile` for them (attach.ts).
 */
export function fileRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  const tags = ['files'];
  app.post(
    '/files',
    {
      schema: {
        tags,
        summary: 'Upload a file to attach (multipart "file", 20 MB at most; type checked against its content)',
        body: uploadBody,
        response: { 201: storedFile },
      },
    },
    async (req, reply) => {
      const { name, data } = await readUpload(req);
      return reply.status(201).send(await uploadFile(ctx, actorOf(req), name, data));
    },
  );
  app.get(
    '/files/:id',
    { schema: { tags, summary: 'A stored file, for whoever may read it', params: idParams, response: { 200: storedContent } } },
    async (req, reply) => {
      const file = await openFile(ctx, actorOf(req), req.params.id);
      return sendFile(reply, { name: file.name, type: file.mime, stream: file.stream, size: file.size });
    },
  );
}
