import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { importRoutes } from '../../../platform/excel/import-kit/index.ts';
import { typed } from '../../../platform/http/typed.ts';
import { requirePermission } from '../../../platform/access/index.ts';
import { problemSettings } from '../service/settings.ts';
import { problemExportService } from '../excel/export.ts';
import { problemImport } from '../excel/import.ts';
import { problemTemplate } from '../excel/template.ts';
import { UnitNames, unitRepo } from '../../units/index.ts';
import { sendExport, sendWorkbook, xlsxResponse } from '../../../platform/excel/export-kit.ts';
import * as s from '../schema.ts';

const tags = ['problems'];
/** 问题清单 in Excel: the template, import, and the rectification ledger (整改台账) export. */
export function excelRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/problems/import-template.xlsx',
    { schema: { tags, summary: 'The blank problem list (问题清单) with instructions', response: xlsxResponse('问题清单模板.xlsx') } },
    async (req, reply) => {
      requirePermission(actorOf(req), 'problems.manage');
      const name = req.locale === 'en-US' ? 'problem-list-template.xlsx' : '问题清单模板.xlsx';
      const units = new UnitNames(await unitRepo.tree(ctx.db, actorOf(req)));
      const buf = await problemTemplate(req.locale, (await problemSettings(ctx.db)).categories, units.allLabels());
      return sendWorkbook(reply, name, buf);
    },
  );
  importRoutes(fastify, ctx, problemImport, {
    path: '/problems/import',
    undoPath: '/problems/imports/:id/undo',
    tags,
    summary: 'Import a problem list (multipart "file"; skipBadRows): problems with draft measures',
    result: s.problemImportResult,
  });
  app.get(
    '/problems/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The rectification ledger (整改台账) of the current list, streamed',
        querystring: s.problemQuery,
        response: xlsxResponse('整改台账.xlsx'),
      },
    },
    async (req, reply) => {
      const { page: _p, pageSize: _s, ...filter } = req.query;
      return sendExport(req, reply, await problemExportService.prepare(ctx, actorOf(req), filter, req.locale));
    },
  );
}
