import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Actor } from '../access/actor.ts';
import { AppError } from '../errors.ts';
import { pickLocale, type Locale } from '../i18n/index.ts';
import { actorFromApiToken, actorFromSession } from '../auth/service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
  }
}

export const SESSION_COOKIE = 'luoshi_sid';
export const CSRF_COOKIE = 'luoshi_csrf';
export const LOCALE_COOKIE = 'luoshi_lang';
export const CSRF_HEADER = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The actor of the request, or 401. Every protected route starts with this. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('auth.required', 'unauthenticated');
  return request.actor;
}

/**
 * Puts the actor (from a session cookie or a Bearer API token) on each /api request and
 * enforces CSRF on state-changing requests made with a cookie. Tokens carry no ambient
 * authority in a browser, so CSRF does not apply to them.
 */
export function installAuthHook(app: FastifyInstance, ctx: AppContext, csrfExempt: Set<string>): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'zh-CN');
  app.addHook('onRequest', async (request, reply) => {
    const cookieLocale = request.cookies?.[LOCALE_COOKIE];
    request.locale = cookieLocale === 'en-US' || cookieLocale === 'zh-CN' ? cookieLocale : pickLocale(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    const info = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, locale: request.locale };
    const auth = request.headers.authorization;
    // API answers and evidence files hold personal data: no browser or proxy keeps a copy.
    reply.header('cache-control', 'no-store');
    if (auth?.startsWith('Bearer ')) {
      request.actor = await actorFromApiToken(ctx, auth.slice(7).trim(), info);
      if (!request.actor) throw new AppError('auth.bad_token', 'unauthenticated');
      return;
    }
    const token = request.cookies?.[SESSION_COOKIE];
    const found = token ? await actorFromSession(ctx, token, info) : null;
    // The API map (/api/docs, /api/docs/json) is for users who are logged in, not for anyone who asks.
    if (!found && request.url.startsWith('/api/docs')) throw new AppError('auth.required', 'unauthenticated');
    if (!found) return;
    request.actor = found.actor;
    const path = request.url.split('?')[0];
    if (!safeMethods.has(request.method) && !csrfExempt.has(path) && request.headers[CSRF_HEADER] !== found.csrfToken) {
      throw new AppError('auth.csrf', 'forbidden');
    }
  });
}
