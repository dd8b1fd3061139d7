import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { idParams } from '../../platform/http/schemas.ts';
import { typed } from '../../platform/http/typed.ts';
import { issuerService } from './issuer.ts';
import { unitService } from './service.ts';
import * as s from './schema.ts';

const tags = ['units'];

export function unitRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get('/units', { schema: { tags, summary: 'List units (scoped)', querystring: s.listUnitsQuery, response: { 200: s.unitList } } }, (req) =>
    unitService.list(ctx, actorOf(req), req.query, req.query),
  );
  app.get('/units/tree', { schema: { tags, summary: 'All units the caller may see, flat', response: { 200: s.unitTree } } }, async (req) => ({
    items: await unitService.tree(ctx, actorOf(req)),
  }));
  app.get('/units/:id', { schema: { tags, params: idParams, response: { 200: s.unitDetail } } }, (req) => unitService.get(ctx, actorOf(req), req.params.id));
  app.post('/units', { schema: { tags, body: s.createUnitBody, response: { 201: s.unit } } }, async (req, reply) =>
    reply.status(201).send(await unitService.create(ctx, actorOf(req), req.body)),
  );
  app.patch(
    '/units/:id',
    { schema: { tags, summary: 'Rename, re-kind or move a unit', params: idParams, body: s.updateUnitBody, response: { 200: s.unit } } },
    (req) => unitService.update(ctx, actorOf(req), req.params.id, req.body),
  );
  app.delete('/units/:id', { schema: { tags, params: idParams, querystring: s.deleteUnitQuery, response: { 204: { type: 'null' } } } }, async (req, reply) => {
    await unitService.remove(ctx, actorOf(req), req.params.id, req.query.version);
    return reply.status(204).send();
  });
  app.get('/issuer', { schema: { tags, summary: '发文机关 and 机关代字 of every document the install sends', response: { 200: s.issuer } } }, (req) =>
    issuerService.get(ctx, actorOf(req)),
  );
  app.put(
    '/issuer',
    { schema: { tags, summary: 'Set the issuing department (system administrator)', body: s.issuerBody, response: { 200: s.issuer } } },
    (req) => issuerService.set(ctx, actorOf(req), req.body),
  );
}
