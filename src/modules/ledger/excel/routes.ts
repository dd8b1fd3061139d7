import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { importResultOf, importRoutes } from '../../../platform/excel/import-kit/index.ts';
import { typed } from '../../../platform/http/typed.ts';
import { requirePermission } from '../../../platform/access/index.ts';
import * as s from '../schema.ts';
import { exportFilter, exportService } from './export.ts';
import { ledgerImport } from './import.ts';
import { importTemplate } from './template.ts';
import { excelRepo } from './repo.ts';
import { UnitNames } from '../../units/index.ts';
import { sendExport, sendWorkbook, xlsxResponse as xlsx } from '../../../platform/excel/export-kit.ts';

const tags = ['ledger'];

/** 台账 in Excel: export of the current list, the decomposition template, import and its undo. */

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
    {
      schema: {
        tags,
        summary: 'The current list (same filters and scope) as an Excel ledger, streamed',
        querystring: s.exportQuery,
        response: xlsx('台账.xlsx'),
      },
    },
    async (req, reply) => {
      return sendExport(req, reply, await exportService.prepare(ctx, actorOf(req), exportFilter(req.query), req.locale));
    },
  );
  app.get(
    '/tasks/import-template.xlsx',
    { schema: { tags, summary: 'The blank decomposition table (任务分解表) with instructions', response: xlsx('任务分解表模板.xlsx') } },
    async (req, reply) => {
      requirePermission(actorOf(req), 'ledger.manage');
      const name = req.locale === 'en-US' ? 'decomposition-template.xlsx' : '任务分解表模板.xlsx';
      return sendWorkbook(reply, name, await importTemplate(req.locale, await unitLabels()));
    },
  );
  importRoutes(fastify, ctx, ledgerImport, {
    path: '/tasks/import',
    undoPath: '/imports/:id/undo',
    tags,
    summary: 'Import a decomposition table (multipart "file"; skipBadRows, sourceTitle) into draft tasks',
    result: importResultOf({}, []),
    options: (fields) => ({ sourceTitle: fields.sourceTitle ?? null }),
  });
}
