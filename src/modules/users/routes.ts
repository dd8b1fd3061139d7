import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { idParams } from '../../platform/http/schemas.ts';
import { userService, type CreateUserInput, type UpdateUserInput } from './service.ts';
import type { UserFilter } from './repo.ts';
import * as s from './schema.ts';

type Id = { id: number };
const tags = ['users'];

export function userRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<{ Querystring: UserFilter & { page: number; pageSize: number } }>(
    '/users',
    { schema: { tags, summary: 'List users (scoped; phones masked unless allowed)', querystring: s.listUsersQuery, response: { 200: s.userList } } },
    (req) => userService.list(ctx, actorOf(req), req.query, req.query),
  );
  app.get<{ Params: Id }>('/users/:id', { schema: { tags, params: idParams, response: { 200: s.user } } }, (req) =>
    userService.get(ctx, actorOf(req), req.params.id),
  );
  app.post<{ Body: CreateUserInput }>('/users', { schema: { tags, body: s.createUserBody, response: { 201: s.user } } }, async (req, reply) =>
    reply.status(201).send(await userService.create(ctx, actorOf(req), req.body)),
  );
  app.patch<{ Params: Id; Body: UpdateUserInput }>('/users/:id', { schema: { tags, params: idParams, body: s.updateUserBody, response: { 200: s.user } } }, (req) =>
    userService.update(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post<{ Params: Id; Body: { password: string } }>('/users/:id/reset-password', { schema: { tags, params: idParams, body: s.passwordBody } }, async (req, reply) => {
    await userService.resetPassword(ctx, actorOf(req), req.params.id, req.body.password);
    return reply.status(204).send();
  });
  app.post<{ Params: Id }>('/users/:id/unlock', { schema: { tags, params: idParams } }, async (req, reply) => {
    await userService.unlock(ctx, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
}
