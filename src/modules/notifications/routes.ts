import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { idParams, noContent, offsetOf } from '../../platform/http/schemas.ts';
import { typed } from '../../platform/http/typed.ts';
import { notificationRepo } from './repo.ts';
import { notificationList, notificationQuery } from './schema.ts';
import type { LinkType } from './types.ts';

/** In-app notifications (站内通知): each user sees only their own. */
export function notificationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  const tags = ['notifications'];
  app.get('/notifications', { schema: { tags, querystring: notificationQuery, response: { 200: notificationList } } }, async (req) => {
    const actor = actorOf(req);
    const { total, rows } = await notificationRepo.page(ctx.db, actor.userId, {
      unread: req.query.unread,
      limit: req.query.pageSize,
      offset: offsetOf(req.query),
    });
    const items = rows.map((r) => {
      const link = r.link_type && r.link_id != null ? { type: r.link_type as LinkType, id: Number(r.link_id) } : null;
      return {
        id: r.id,
        kind: r.kind,
        link,
        taskId: link?.type === 'task' ? link.id : null,
        title: r.title,
        body: r.body,
        createdAt: r.created_at,
        readAt: r.read_at,
      };
    });
    return { total, items };
  });
  app.post(
    '/notifications/:id/read',
    { schema: { tags, summary: 'Mark one of my notifications read', params: idParams, response: { 204: noContent } } },
    async (req, reply) => {
      await notificationRepo.markRead(ctx.db, actorOf(req).userId, req.params.id, ctx.clock.now().toISOString());
      return reply.status(204).send();
    },
  );
  app.post('/notifications/read-all', { schema: { tags, summary: 'Mark all my notifications read', response: { 204: noContent } } }, async (req, reply) => {
    await notificationRepo.markAllRead(ctx.db, actorOf(req).userId, ctx.clock.now().toISOString());
    return reply.status(204).send();
  });
}
