import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { idParams, offsetOf } from '../../platform/http/schemas.ts';
import { notificationRepo } from './repo.ts';
import { notificationList, notificationQuery } from './schema.ts';
import type { LinkType } from './types.ts';

const noContent = { 204: { type: 'null' } } as const;

/** In-app notifications (站内通知): each user sees only their own. */
export function notificationRoutes(app: FastifyInstance, ctx: AppContext) {
  const tags = ['notifications'];
  app.get<{ Querystring: { page: number; pageSize: number; unread?: boolean } }>(
    '/notifications',
    { schema: { tags, querystring: notificationQuery, response: { 200: notificationList } } },
    async (req) => {
      const actor = actorOf(req);
      const { total, rows } = await notificationRepo.page(ctx.db, actor.userId, { unread: req.query.unread, limit: req.query.pageSize, offset: offsetOf(req.query) });
      const items = rows.map((r) => {
        const link = r.link_type && r.link_id != null ? { type: r.link_type as LinkType, id: Number(r.link_id) } : null;
        return { id: r.id, kind: r.kind, link, taskId: link?.type === 'task' ? link.id : null, title: r.title, body: r.body, createdAt: r.created_at, readAt: r.read_at };
      });
      return { total, items };
    },
  );
  app.post<{ Params: { id: number } }>('/notifications/:id/read', { schema: { tags, params: idParams, response: noContent } }, async (req, reply) => {
    await notificationRepo.markRead(ctx.db, actorOf(req).userId, req.params.id, ctx.clock.now().toISOString());
    return reply.status(204).send();
  });
  app.post('/notifications/read-all', { schema: { tags, response: noContent } }, async (req, reply) => {
    await notificationRepo.markAllRead(ctx.db, actorOf(req).userId, ctx.clock.now().toISOString());
    return reply.status(204).send();
  });
}
