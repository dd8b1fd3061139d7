import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { AppError } from '../../../platform/errors.ts';
import { errorResponse, fileResponse } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { requirePermission } from '../../../platform/access/index.ts';
import { t } from '../../../platform/i18n/index.ts';
import { problemSettings } from '../service/settings.ts';
import { problemExportService } from '../excel/export.ts';
import { presentRowErrors, problemImportService } from '../excel/import.ts';
import { problemTemplate } from '../excel/template.ts';
import { XLSX_MIME } from '../excel/layout.ts';
import { sendFile } from '../../../platform/files/index.ts';
import * as s from '../schema.ts';

const tags = ['problems'];
const required = () => new AppError('validation.failed', 'invalid', {}, [{ field: 'body.file', code: 'validation.required' }]);

/** The multipart body of an import: the file and the optional skipBadRows field. */
async function importForm(req: FastifyRequest) {
  if (!req.isMultipart()) throw required();
  const fields: Record<string, string> = {};
  let file: { name: string; data: Buffer } | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'file') file = { name: part.filename, data };
    } else fields[part.fieldname] = String(part.value);
  }
  if (!file) throw required();
  return { file, skipBadRows: fields.skipBadRows === 'true' };
}

/** 问题清单 in Excel: the template, import, and the rectification ledger (整改台账) export. */
export function excelRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get('/problems/import-template.xlsx', { schema: { tags, summary: 'The blank problem list (问题清单) with instructions', response: { 200: fileResponse(XLSX_MIME, '问题清单模板.xlsx') } } }, async (req, reply) => {
    requirePermission(actorOf(req), 'problems.manage');
    const name = req.locale === 'en-US' ? 'problem-list-template.xlsx' : '问题清单模板.xlsx';
    const buf = await problemTemplate(req.locale, (await problemSettings(ctx.db)).categories);
    return sendFile(reply, { name, type: XLSX_MIME, buffer: buf });
  });
  app.post('/problems/import', { schema: { tags, summary: 'Import a problem list (multipart "file"; skipBadRows): problems with draft measures', response: { 201: s.problemImportResult, '4xx': errorResponse } } }, async (req, reply) => {
    const form = await importForm(req);
    const r = await problemImportService.importTable(ctx, actorOf(req), form.file.data, { fileName: form.file.name, skipBadRows: form.skipBadRows });
    const errors = presentRowErrors(req.locale, r.errors);
    if (r.imported === 0) return reply.status(400).send({ code: 'problems.import_rejected', message: t(req.locale, 'problems.import_rejected', { count: r.skipped }), ...r, errors });
    return reply.status(201).send({ ...r, errors });
  });
  app.get(
    '/problems/export.xlsx',
    { schema: { tags, summary: 'The rectification ledger (整改台账) of the current list, streamed', querystring: s.problemQuery, response: { 200: fileResponse(XLSX_MIME, '整改台账.xlsx') } } },
    async (req, reply) => {
      const { page: _p, pageSize: _s, ...filter } = req.query;
      const prepared = await problemExportService.prepare(ctx, actorOf(req), filter, req.locale);
      const body = new PassThrough();
      prepared.write(body).catch((err) => {
        req.log.error({ err }, 'problem export failed');
        body.destroy(err as Error);
      });
      return sendFile(reply, { name: prepared.fileName, type: XLSX_MIME, stream: body });
    },
  );
}
