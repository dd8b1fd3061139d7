import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { importRoutes } from '../../../platform/excel/import-kit/index.ts';
import { typed } from '../../../platform/http/typed.ts';
import { requirePermission } from '../../../platform/access/index.ts';
import { sendExport, sendWorkbook, xlsxResponse } from '../../../platform/excel/export-kit.ts';
import { UnitNames, unitRepo } from '../../units/index.ts';
import { partyOrgImport } from '../excel/import.ts';
import { orgExportService } from '../excel/export.ts';
import { orgTemplate } from '../excel/template.ts';
import * as s from '../schema.ts';

const tags = ['partyOrgs'];

/** The organization list in Excel (the national party-member information system's layout): template, import with undo, export. */
export function excelRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/party-orgs/import-template.xlsx',
    { schema: { tags, summary: 'The blank organization list with instructions', response: xlsxResponse('党组织导入模板.xlsx') } },
    async (req, reply) => {
      requirePermission(actorOf(req), 'partyOrgs.manage');
      const units = new UnitNames(await unitRepo.tree(ctx.db, actorOf(req)));
      return sendWorkbook(
        reply,
        req.locale === 'en-US' ? 'party-organization-template.xlsx' : '党组织导入模板.xlsx',
        await orgTemplate(req.locale, units.allLabels()),
      );
    },
  );
  importRoutes(fastify, ctx, partyOrgImport, {
    path: '/party-orgs/import',
    undoPath: '/party-orgs/imports/:id/undo',
    tags,
    summary: 'Import an organization list (multipart "file"; skipBadRows)',
    result: s.orgImportResult,
  });
  app.get(
    '/party-orgs/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The registry (current filters) in the layout it is imported in, streamed',
        querystring: s.orgQuery,
        response: xlsxResponse('党组织信息.xlsx'),
      },
    },
    async (req, reply) => {
      const { page: _p, pageSize: _s, sort: _o, ...filter } = req.query;
      return sendExport(req, reply, await orgExportService.prepare(ctx, actorOf(req), filter, req.locale));
    },
  );
}
