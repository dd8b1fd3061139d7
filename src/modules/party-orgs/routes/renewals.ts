import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { partyOrgService } from '../service/party-orgs.ts';
import { renewalService } from '../service/renewals.ts';
import * as s from '../schema.ts';

const tags = ['partyOrgs'];

/** 换届: extensions and early elections, and the renewal turned into ledger tasks. */
export function renewalRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.post(
    '/party-orgs/:id/term-changes',
    {
      schema: {
        tags,
        summary: '延期换届 / 提前换届 approved by the superior committee (at most one year)',
        params: idParams,
        body: s.termChangeBody,
        response: { 201: s.orgDetail },
      },
    },
    async (req, reply) => {
      await renewalService.changeTerm(ctx, actorOf(req), req.params.id, req.body);
      return reply.status(201).send(await partyOrgService.get(ctx, actorOf(req), req.params.id));
    },
  );
  app.post(
    '/party-orgs/:id/renewal-tasks',
    {
      schema: {
        tags,
        summary: 'Turn the renewal into dispatched ledger tasks (调研准备, 选举, 报批) under the source 换届工作',
        params: idParams,
        response: { 201: s.renewalTasksResponse },
      },
    },
    async (req, reply) => {
      const r = await renewalService.createTasks(ctx, actorOf(req), req.params.id);
      return reply.status(201).send({ ...r, org: await partyOrgService.get(ctx, actorOf(req), req.params.id) });
    },
  );
}
