import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams, noContent } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { partyOrgService } from '../service/party-orgs.ts';
import * as s from '../schema.ts';

const tags = ['partyOrgs'];

/** 党组织: the registry, its tree and the renewals list. Data scope follows the host unit. */
export function partyOrgRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/party-orgs',
    {
      schema: {
        tags,
        summary: 'Party organizations by host unit (with subtree), category, kind, term status, keyword',
        querystring: s.orgQuery,
        response: { 200: s.orgList },
      },
    },
    (req) => {
      const { page, pageSize, ...filter } = req.query;
      return partyOrgService.list(ctx, actorOf(req), filter, { page, pageSize });
    },
  );
  app.get(
    '/party-orgs/tree',
    {
      schema: {
        tags,
        summary: 'The organization tree (隶属关系) of the organizations hosted in a unit subtree',
        querystring: s.treeQuery,
        response: { 200: s.treeResponse },
      },
    },
    (req) => partyOrgService.tree(ctx, actorOf(req), req.query.unitId),
  );
  app.get(
    '/party-orgs/renewals',
    {
      schema: { tags, summary: '换届提醒: terms overdue or ending within 6 months, soonest first', querystring: s.renewalQuery, response: { 200: s.orgList } },
    },
    (req) => {
      const { page, pageSize, ...filter } = req.query;
      return partyOrgService.renewals(ctx, actorOf(req), filter, { page, pageSize });
    },
  );
  app.post(
    '/party-orgs',
    { schema: { tags, summary: 'Register a party organization', body: s.createBody, response: { 201: s.orgDetail } } },
    async (req, reply) => reply.status(201).send(await partyOrgService.create(ctx, actorOf(req), req.body)),
  );
  app.get('/party-orgs/:id', { schema: { tags, params: idParams, response: { 200: s.orgDetail } } }, (req) =>
    partyOrgService.get(ctx, actorOf(req), req.params.id),
  );
  app.put('/party-orgs/:id', { schema: { tags, params: idParams, body: s.updateBody, response: { 200: s.orgDetail } } }, (req) => {
    const { version, ...fields } = req.body;
    return partyOrgService.update(ctx, actorOf(req), req.params.id, version, fields);
  });
  app.delete(
    '/party-orgs/:id',
    { schema: { tags, summary: 'Delete an organization without child organizations', params: idParams, response: { 204: noContent } } },
    async (req, reply) => {
      await partyOrgService.remove(ctx, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
