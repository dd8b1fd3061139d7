import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf, CSRF_COOKIE, SESSION_COOKIE } from '../../platform/http/auth-hook.ts';
import { idParams, noContent } from '../../platform/http/schemas.ts';
import { typed } from '../../platform/http/typed.ts';
import * as s from './schema.ts';
import { login, logout } from '../../platform/auth/service.ts';
import { loadActor } from '../../platform/auth/actor-loader.ts';
import { accountService } from './service.ts';

const tags = ['account'];

function cookieOptions(request: FastifyRequest, httpOnly: boolean) {
  return { path: '/', httpOnly, sameSite: 'lax' as const, secure: request.protocol === 'https' };
}

function clearCookies(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request, true)).clearCookie(CSRF_COOKIE, cookieOptions(request, false));
}

export function accountRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.post(
    '/auth/login',
    {
      schema: { tags, summary: 'Log in; sets the session and CSRF cookies', body: s.loginBody, security: [], response: { 200: s.me } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const info = { ip: req.ip, userAgent: req.headers['user-agent'] ?? null, locale: req.locale };
      const result = await login(ctx, req.body.username, req.body.password, info);
      const actor = (await loadActor(ctx.db, result.userId, { ...info, via: 'session' }))!;
      reply.setCookie(SESSION_COOKIE, result.sessionToken, cookieOptions(req, true));
      reply.setCookie(CSRF_COOKIE, result.csrfToken, cookieOptions(req, false));
      return { ...(await accountService.me(ctx, actor)), csrfToken: result.csrfToken };
    },
  );
  app.post('/auth/logout', { schema: { tags, response: { 204: noContent } } }, async (req, reply) => {
    await logout(ctx, actorOf(req));
    clearCookies(req, reply);
    return reply.status(204).send();
  });
  app.get('/me', { schema: { tags, summary: 'The current user, roles, permissions and menu', response: { 200: s.me } } }, async (req) => ({
    ...(await accountService.me(ctx, actorOf(req))),
    csrfToken: req.cookies[CSRF_COOKIE] ?? null,
  }));
  app.post(
    '/me/password',
    {
      schema: {
        tags,
        body: s.changePasswordBody,
        response: { 204: noContent },
      },
    },
    async (req, reply) => {
      await accountService.changePassword(ctx, actorOf(req), req.body.current, req.body.next);
      return reply.status(204).send();
    },
  );
  app.get('/me/tokens', { schema: { tags, summary: 'My personal API tokens', response: { 200: s.tokenList } } }, async (req) => ({
    items: await accountService.tokens(ctx, actorOf(req)),
  }));
  app.post('/me/tokens', { schema: { tags, body: s.createTokenBody, response: { 201: s.createdToken } } }, async (req, reply) =>
    reply.status(201).send(await accountService.createToken(ctx, actorOf(req), req.body.name)),
  );
  app.delete('/me/tokens/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (req, reply) => {
    await accountService.revokeToken(ctx, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
}
