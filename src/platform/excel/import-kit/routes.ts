import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { actorOf } from '../../http/auth-hook.ts';
import { errorResponse, idParams } from '../../http/schemas.ts';
import { typed } from '../../http/typed.ts';
import { t } from '../../i18n/index.ts';
import { readImportForm } from './intake.ts';
import { presentRowErrors, runImport, undoImport, type ImportDefinition } from './pipeline.ts';
import { importRejected, undoneResponse } from './schema.ts';

export interface ImportRouteOptions<O> {
  /** POST path of the import, e.g. `/problems/import`. */
  path: string;
  /** POST path of the undo, with `:id`; omitted when the definition has no undo. */
  undoPath?: string;
  tags: string[];
  summary: string;
  /** The 201 answer's schema (importResultOf). */
  result: object;
  /** The module's own form fields (skipBadRows is the kit's). */
  options?: (fields: Record<string, string>) => O;
}

/**
 * The import route (multipart "file" and skipBadRows): 201 with the counts and the rows skipped,
 * or 400 `<prefix>.import_rejected` listing every bad row by row and column; and the undo route.
 */
export function importRoutes<K extends string, Env, T, R extends object, O>(
  fastify: FastifyInstance,
  ctx: AppContext,
  def: ImportDefinition<K, Env, T, R, O>,
  o: ImportRouteOptions<O>,
) {
  const app = typed(fastify);
  app.post(
    o.path,
    { schema: { tags: o.tags, summary: o.summary, response: { 201: o.result, 400: importRejected, '4xx': errorResponse } } },
    async (req, reply) => {
      const form = await readImportForm(req);
      const r = await runImport(ctx, actorOf(req), def, form.file.data, {
        fileName: form.file.name,
        skipBadRows: form.fields.skipBadRows === 'true',
        extra: o.options?.(form.fields),
      });
      const answer = { batchId: r.batchId, imported: r.imported, skipped: r.skipped, ...r.result, errors: presentRowErrors(def, req.locale, r) };
      if (r.imported === 0)
        return reply
          .status(400)
          .send({ code: `${def.prefix}.import_rejected`, message: t(req.locale, `${def.prefix}.import_rejected`, { count: r.skipped }), ...answer });
      return reply.status(201).send(answer);
    },
  );
  if (o.undoPath && def.undo) {
    app.post(
      o.undoPath,
      {
        schema: {
          tags: o.tags,
          summary: 'Undo your last import of this kind while nothing of it has moved on',
          params: idParams,
          response: { 200: undoneResponse },
        },
      },
      (req) => undoImport(ctx, actorOf(req), def, req.params.id),
    );
  }
}
