import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams, noContent } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { requirePermission } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { savedViewRepo } from '../repo/saved-views.ts';

const tags = ['saved-views'];

const view = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    query: { type: 'string' },
    columns: { type: 'array', items: { type: 'string' } },
    createdAt: { type: 'string' },
  },
} as const;

const createBody = {
  type: 'object',
  required: ['name', 'query', 'columns'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 60, pattern: '\\S' },
    query: { type: 'string', maxLength: 4000 },
    columns: { type: 'array', maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 40 } },
  },
} as const;

/** 常用视图 of the ledger list: each user reads, saves and deletes only their own. */
export function savedViewRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/saved-views',
    { schema: { tags, summary: 'Your saved ledger views', response: { 200: { type: 'object', properties: { items: { type: 'array', items: view } } } } } },
    async (req) => {
      const actor = actorOf(req);
      requirePermission(actor, 'ledger.read');
      return { items: await savedViewRepo.list(ctx.db, actor.userId) };
    },
  );
  app.post(
    '/saved-views',
    { schema: { tags, summary: 'Save the ledger filters (URL query) and columns under a name of your own', body: createBody, response: { 201: view } } },
    async (req, reply) => {
      const actor = actorOf(req);
      requirePermission(actor, 'ledger.read');
      const name = req.body.name.trim();
      const query = req.body.query.replace(/^\?/, '');
      const columns = [...new Set(req.body.columns)];
      const saved = await withTx(ctx.db, async (tx) => {
        if (await savedViewRepo.byName(tx, actor.userId, name)) throw new AppError('ledger.saved_view_exists', 'conflict', { name });
        return savedViewRepo.insert(tx, actor.userId, { name, query, columns }, ctx.clock.now().toISOString());
      });
      return reply.status(201).send(saved);
    },
  );
  app.delete(
    '/saved-views/:id',
    { schema: { tags, summary: 'Delete one of your saved views', params: idParams, response: { 204: noContent } } },
    async (req, reply) => {
      const actor = actorOf(req);
      requirePermission(actor, 'ledger.read');
      if (!(await savedViewRepo.remove(ctx.db, actor.userId, req.params.id))) throw notFound();
      return reply.status(204).send();
    },
  );
}
