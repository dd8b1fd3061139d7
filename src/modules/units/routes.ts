import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { idParams } from '../../platform/http/schemas.ts';
import { unitService, type CreateUnitInput, type UpdateUnitInput } from './service.ts';
import type { UnitFilter } from './repo.ts';
import * as s from './schema.ts';

type Id = { id: number };
const tags = ['units'];

export function unitRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<{ Querystring: UnitFilter & { page: number; pageSize: number } }>(
    '/units',
    { schema: { tags, summary: 'List units (scoped)', querystring: s.listUnitsQuery, response: { 200: s.unitList } } },
    (req) => unitService.list(ctx, actorOf(req), req.query, req.query),
  );
  app.get('/units/tree', { schema: { tags, summary: 'All units the caller may see, flat', response: { 200: s.unitTree } } }, async (req) => ({
    items: await unitService.tree(ctx, actorOf(req)),
  }));
  app.get<{ Params: Id }>('/units/:id', { schema: { tags, params: idParams, response: { 200: s.unitDetail } } }, (req) =>
    unitService.get(ctx, actorOf(req), req.params.id),
  );
  app.post<{ Body: CreateUnitInput }>('/units', { schema: { tags, body: s.createUnitBody, response: { 201: s.unit } } }, async (req, reply) =>
    reply.status(201).send(await unitService.create(ctx, actorOf(req), req.body)),
  );
  app.patch<{ Params: Id; Body: UpdateUnitInput }>(
    '/units/:id',
    { schema: { tags, summary: 'Rename, re-kind or move a unit', params: idParams, body: s.updateUnitBody, response: { 200: s.unit } } },
    (req) => unitService.update(ctx, actorOf(req), req.params.id, req.body),
  );
  app.delete<{ Params: Id; Querystring: { version: number } }>(
    '/units/:id',
    { schema: { tags, params: idParams, querystring: s.deleteUnitQuery } },
    async (req, reply) => {
      await unitService.remove(ctx, actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );
}
