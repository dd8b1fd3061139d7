import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { errorResponse, fileResponse, idParams, importResult } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { AppError } from '../../../platform/errors.ts';
import { requirePermission } from '../../../platform/access/index.ts';
import { t } from '../../../platform/i18n/index.ts';
import * as s from '../schema.ts';
import { exportFilter, exportService } from './export.ts';
import { importService, presentRowErrors } from './import.ts';
import { undoService } from './undo.ts';
import { importTemplate } from './template.ts';
import { excelRepo } from './repo.ts';
import { UnitNames } from './unit-names.ts';
import { XLSX_MIME } from './layout.ts';
import { sendFile } from '../../../platform/files/index.ts';

const tags = ['ledger'];

/** The multipart body of an import: the file and the optional skipBadRows and sourceTitle fields. */
async function importForm(req: FastifyRequest) {
  const fields: Record<string, string> = {};
  let file: { name: string; data: Buffer } | null = null;
  if (!req.isMultipart()) throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.file', code: 'validation.required' }]);
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'file') file = { name: part.filename, data };
    } else fields[part.fieldname] = String(part.value);
  }
  if (!file) throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.file', code: 'validation.required' }]);
  return { file, skipBadRows: fields.skipBadRows === 'true', sourceTitle: fields.sourceTitle ?? null };
}

/** 台账 in Excel: export of the current list, the decomposition template, import and its undo. */
const xlsx = (description: string) => ({ 200: fileResponse(XLSX_MIME, description) });
const undone = { type: 'object', required: ['batchId', 'removed'], properties: { batchId: { type: 'integer' }, removed: { type: 'integer' } } } as const;

export function excelRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  // The 牵头单位 / 责任单位 drop-down: every unit by the label the import reads back (a path when names repeat).
  const unitLabels = async () => {
    const units = await excelRepo.allUnits(ctx.db);
    const names = new UnitNames(units);
    return units.map((u) => names.label(u.id)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  };
  app.get(
    '/tasks/export.xlsx',
    { schema: { tags, summary: 'The current list (same filters and scope) as an Excel ledger, streamed', querystring: s.exportQuery, response: xlsx('台账.xlsx') } },
    async (req, reply) => {
      const prepared = await exportService.prepare(ctx, actorOf(req), exportFilter(req.query), req.locale);
      const body = new PassThrough();
      prepared.write(body).catch((err) => {
        req.log.error({ err }, 'ledger export failed');
        body.destroy(err as Error);
      });
      return sendFile(reply, { name: prepared.fileName, type: XLSX_MIME, stream: body });
    },
  );
  app.get('/tasks/import-template.xlsx', { schema: { tags, summary: 'The blank decomposition table (任务分解表) with instructions', response: xlsx('任务分解表模板.xlsx') } }, async (req, reply) => {
    requirePermission(actorOf(req), 'ledger.manage');
    const name = req.locale === 'en-US' ? 'decomposition-template.xlsx' : '任务分解表模板.xlsx';
    return sendFile(reply, { name, type: XLSX_MIME, buffer: await importTemplate(req.locale, await unitLabels()) });
  });
  app.post('/tasks/import', { schema: { tags, summary: 'Import a decomposition table (multipart "file"; skipBadRows, sourceTitle) into draft tasks', response: { 201: importResult, '4xx': errorResponse } } }, async (req, reply) => {
    const form = await importForm(req);
    const r = await importService.importTable(ctx, actorOf(req), form.file.data, { fileName: form.file.name, skipBadRows: form.skipBadRows, sourceTitle: form.sourceTitle });
    const errors = presentRowErrors(req.locale, r.errors);
    if (r.imported === 0) return reply.status(400).send({ code: 'ledger.import_rejected', message: t(req.locale, 'ledger.import_rejected', { count: r.skipped }), ...r, errors });
    return reply.status(201).send({ ...r, errors });
  });
  app.post('/imports/:id/undo', { schema: { tags, summary: 'Undo your last import while all its tasks are drafts', params: idParams, response: { 200: undone } } }, (req) =>
    undoService.undo(ctx, actorOf(req), req.params.id),
  );
}
