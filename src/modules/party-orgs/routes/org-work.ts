import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams, noContent } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { standardizationService } from '../service/standardization.ts';
import { liaisonService } from '../service/liaison-points.ts';
import { collectiveEconomyService } from '../service/collective-economy.ts';
import * as s from '../schema-work.ts';

const tags = ['partyOrgs'];

/** 标准化规范化建设 (checklists, assessments, below standard), 书记联系点, 村级集体经济. */
export function orgWorkRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/party-orgs/standards',
    { schema: { tags, summary: 'The standardization checklists, one per category', response: { 200: s.templateList } } },
    (req) => standardizationService.templates(ctx, actorOf(req)),
  );
  app.put(
    '/party-orgs/standards/:category',
    {
      schema: {
        tags,
        summary: 'A category’s checklist: yes/no items only',
        params: s.categoryParams,
        body: s.templateBody,
        response: { 200: s.templateResponse },
      },
    },
    (req) => standardizationService.setTemplate(ctx, actorOf(req), req.params.category, req.body),
  );
  app.get(
    '/party-orgs/standards/assessments',
    {
      schema: {
        tags,
        summary: 'Assessments by year, unit subtree, category; belowStandard=true: the organizations below standard',
        querystring: s.assessmentQuery,
        response: { 200: s.assessmentList },
      },
    },
    (req) => {
      const { page, pageSize, ...q } = req.query;
      return standardizationService.list(ctx, actorOf(req), q, { page, pageSize });
    },
  );
  app.put(
    '/party-orgs/:id/standard-assessment',
    {
      schema: {
        tags,
        summary: 'The organization’s assessment of the year: items met, optional files, score',
        params: idParams,
        body: s.assessmentBody,
        response: { 200: s.assessmentItem },
      },
    },
    (req) => standardizationService.assess(ctx, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/party-orgs/liaison-points',
    {
      schema: {
        tags,
        summary: '书记联系点: who links where, and committees whose secretary has none',
        querystring: s.liaisonQuery,
        response: { 200: s.liaisonList },
      },
    },
    (req) => liaisonService.list(ctx, actorOf(req), req.query.unitId),
  );
  app.post('/party-orgs/liaison-points', { schema: { tags, body: s.liaisonBody, response: { 201: s.liaisonPointResponse } } }, async (req, reply) =>
    reply.status(201).send(await liaisonService.link(ctx, actorOf(req), req.body)),
  );
  app.delete('/party-orgs/liaison-points/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (req, reply) => {
    await liaisonService.unlink(ctx, actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/party-orgs/collective-economy',
    {
      schema: {
        tags,
        summary: '村级集体经济: villages with the year’s income; 空壳村 / 薄弱村 counted',
        querystring: s.incomeQuery,
        response: { 200: s.incomeList },
      },
    },
    (req) => {
      const { page, pageSize, ...q } = req.query;
      return collectiveEconomyService.list(ctx, actorOf(req), q, { page, pageSize });
    },
  );
  app.put(
    '/party-orgs/:id/collective-income',
    {
      schema: {
        tags,
        summary: 'A village’s collective income of a year (whole yuan)',
        params: idParams,
        body: s.incomeBody,
        response: { 200: s.incomeResponse },
      },
    },
    (req) => collectiveEconomyService.set(ctx, actorOf(req), req.params.id, req.body),
  );
}
