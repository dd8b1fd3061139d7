import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { idParams, noContent } from '../../platform/http/schemas.ts';
import { typed } from '../../platform/http/typed.ts';
import { userService } from './service.ts';
import * as s from './schema.ts';

const tags = ['users'];

export function userRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/users',
    { schema: { tags, summary: 'List users (scoped; phones masked unless allowed)', querystring: s.listUsersQuery, response: { 200: s.userList } } },
    (req) => userService.list(ctx, actorOf(req), req.query, req.query),
  );
  app.get('/users/:id', { schema: { tags, params: idParams, response: { 200: s.user } } }, (req) => userService.get(ctx, actorOf(req), req.params.id));
  app.post('/users', { schema: { tags, body: s.createUserBody, response: { 201: s.user } } }, async (req, reply) =>
    reply.status(201).send(await userService.create(ctx, actorOf(req), req.body)),
  );
  app.patch('/users/:id', { schema: { tags, params: idParams, body: s.updateUserBody, response: { 200: s.user } } }, (req) =>
    userService.update(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post('/users/:id/reset-password', { schema: { tags, params: idParams, body: s.passwordBody, response: { 204: noContent } } }, async (req, reply) => {
    await userService.resetPassword(ctx, actorOf(req), req.params.id, req.body.password);
    return reply.status(204).send();
  });
  app.post('/users/:id/unlock', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (req, reply) => {
    await userService.unlock(ctx, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
}
