import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams, offsetOf, pagingQuery } from '../../../platform/http/schemas.ts';

/** In-app notifications (站内通知): each user sees only their own. */
export function notificationRoutes(app: FastifyInstance, ctx: AppContext) {
  const tags = ['notifications'];
  app.get<{ Querystring: { page: number; pageSize: number; unread?: boolean } }>(
    '/notifications',
    { schema: { tags, querystring: { type: 'object', properties: { ...pagingQuery, unread: { type: 'boolean' } }, additionalProperties: false } } },
    async (req) => {
      const actor = actorOf(req);
      let q = ctx.db.selectFrom('notifications').where('user_id', '=', actor.userId);
      if (req.query.unread) q = q.where('read_at', 'is', null);
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const items = await q
        .select(['id', 'kind', 'task_id as taskId', 'title', 'body', 'created_at as createdAt', 'read_at as readAt'])
        .orderBy('id', 'desc')
        .limit(req.query.pageSize)
        .offset(offsetOf(req.query))
        .execute();
      return { total: Number(n), items };
    },
  );
  app.post<{ Params: { id: number } }>('/notifications/:id/read', { schema: { tags, params: idParams } }, async (req, reply) => {
    const actor = actorOf(req);
    await ctx.db.updateTable('notifications').set({ read_at: ctx.clock.now().toISOString() }).where('id', '=', req.params.id).where('user_id', '=', actor.userId).execute();
    return reply.status(204).send();
  });
  app.post('/notifications/read-all', { schema: { tags } }, async (req, reply) => {
    const actor = actorOf(req);
    await ctx.db.updateTable('notifications').set({ read_at: ctx.clock.now().toISOString() }).where('user_id', '=', actor.userId).where('read_at', 'is', null).execute();
    return reply.status(204).send();
  });
}
