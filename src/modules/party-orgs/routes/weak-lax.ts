import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { weakLaxService } from '../service/weak-lax.ts';
import { weakLaxFilter, weakLaxFiguresService } from '../service/weak-lax-figures.ts';
import { workSettingsService } from '../service/work-settings.ts';
import * as s from '../schema-weak.ts';

const tags = ['partyOrgs'];

/** 软弱涣散整顿: criteria, screening, designation, plan and measures (ledger tasks), acceptance, look-back, ledger and figures. */
export function weakLaxRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get('/party-orgs/weak-lax/criteria', { schema: { tags, summary: '认定标准: the criteria dictionary', response: { 200: s.criteriaList } } }, (req) =>
    weakLaxService.criteria(ctx, actorOf(req)),
  );
  app.put(
    '/party-orgs/weak-lax/criteria',
    {
      schema: {
        tags,
        summary: 'Replace the criteria dictionary (codes no longer listed are kept for past screenings)',
        body: s.criteriaBody,
        response: { 200: s.criteriaList },
      },
    },
    (req) => weakLaxService.setCriteria(ctx, actorOf(req), req.body.items),
  );
  app.get(
    '/party-orgs/weak-lax/screenings',
    {
      schema: {
        tags,
        summary: '排查: the organizations of a unit subtree with their screening of the year',
        querystring: s.screeningQuery,
        response: { 200: s.screeningSheet },
      },
    },
    (req) => {
      const { page, pageSize, ...q } = req.query;
      return weakLaxService.screeningSheet(ctx, actorOf(req), q, { page, pageSize });
    },
  );
  app.post(
    '/party-orgs/weak-lax/screenings',
    {
      schema: {
        tags,
        summary: '排查: record the criteria each organization met this year (all or nothing)',
        body: s.screeningBody,
        response: { 200: s.screeningResult },
      },
    },
    (req) => weakLaxService.screen(ctx, actorOf(req), req.body),
  );
  app.get(
    '/party-orgs/weak-lax',
    {
      schema: {
        tags,
        summary: '软弱涣散台账: screened and designated organizations by year, status or stage, unit subtree, category',
        querystring: s.weakLaxQuery,
        response: { 200: s.weakLaxList },
      },
    },
    (req) => {
      const { page, pageSize, ...q } = req.query;
      return weakLaxService.list(ctx, actorOf(req), weakLaxFilter(q), { page, pageSize });
    },
  );
  app.get(
    '/party-orgs/weak-lax/figures',
    {
      schema: {
        tags,
        summary: 'Designated / rectifying / accepted / watched, overall and by category, each with its list; the 倒排 share',
        querystring: s.figuresQuery,
        response: { 200: s.figuresResponse },
      },
    },
    (req) => weakLaxFiguresService.figures(ctx, actorOf(req), req.query),
  );
  app.get(
    '/party-orgs/weak-lax/settings',
    { schema: { tags, summary: 'Pass score, quota, standardization threshold, weak-village income line', response: { 200: s.workSettingsResponse } } },
    (req) => workSettingsService.get(ctx, actorOf(req)),
  );
  app.put('/party-orgs/weak-lax/settings', { schema: { tags, body: s.workSettingsBody, response: { 200: s.workSettingsResponse } } }, (req) =>
    workSettingsService.set(ctx, actorOf(req), req.body),
  );
  app.post(
    '/party-orgs/:id/weak-lax/designation',
    {
      schema: {
        tags,
        summary: '认定: designate a screened organization as weak and lax',
        params: idParams,
        body: s.designateBody,
        response: { 201: s.weakLaxDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await weakLaxService.designate(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.get('/party-orgs/weak-lax/:id', { schema: { tags, params: idParams, response: { 200: s.weakLaxDetail } } }, (req) =>
    weakLaxService.get(ctx, actorOf(req), req.params.id),
  );
  app.put(
    '/party-orgs/weak-lax/:id/plan',
    {
      schema: {
        tags,
        summary: '一村一策: the rectification plan; writing it starts the rectification',
        params: idParams,
        body: s.planBody,
        response: { 200: s.weakLaxDetail },
      },
    },
    (req) => weakLaxService.setPlan(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/party-orgs/weak-lax/:id/measures',
    { schema: { tags, summary: 'A rectification measure: a draft ledger task', params: idParams, body: s.measureBody, response: { 201: s.measureResponse } } },
    async (req, reply) => reply.status(201).send(await weakLaxService.addMeasure(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/party-orgs/weak-lax/:id/dispatch',
    { schema: { tags, summary: 'Dispatch every draft measure through the ledger (all or none)', params: idParams, response: { 200: s.weakLaxDetail } } },
    (req) => weakLaxService.dispatch(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/party-orgs/weak-lax/:id/accept',
    {
      schema: {
        tags,
        summary: '验收: score and evidence; at the pass score the year’s watch starts and the look-back is scheduled',
        params: idParams,
        body: s.acceptBody,
        response: { 200: s.weakLaxDetail },
      },
    },
    (req) => weakLaxService.accept(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/party-orgs/weak-lax/:id/look-back',
    {
      schema: {
        tags,
        summary: '回头看 after the watch: consolidated (closed) or relapsed (rectifying again)',
        params: idParams,
        body: s.lookBackBody,
        response: { 200: s.weakLaxDetail },
      },
    },
    (req) => weakLaxService.closeLookBack(ctx, actorOf(req), req.params.id, req.body),
  );
}
