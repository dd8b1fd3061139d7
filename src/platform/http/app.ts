import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { AppContext } from '../context.ts';
import { installErrorHandler } from './errors.ts';
import { installAuthHook } from './auth-hook.ts';
import { installInputGuards } from './input-guards.ts';
import { installStaticWeb } from './static-web.ts';
import { version } from '../version.ts';
import { errorResponse } from './schemas.ts';
import { fileRoutes } from '../files/routes.ts';
import { completeResponses } from './response-schema.ts';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface BuildAppOptions {
  logger?: boolean | object;
  /** Paths (under /api) where a cookie request needs no CSRF token: only login. */
  csrfExempt?: string[];
}

/** The whole HTTP application without listen(): tests drive it with inject(). */
export async function buildApp(ctx: AppContext, opts: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: ctx.config.trustProxy,
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    // Route handlers validate every field; keep ajv's formats such as date.
  });
  installErrorHandler(app);
  installInputGuards(app);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements; scripts stay 'self' only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: false, // served over plain HTTP on loopback by default; a TLS proxy in front sets it
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 10 } });
  // Every API route answers client errors with the one error shape (errors.ts); declared here once
  // so the OpenAPI document shows it on every operation and no route has to repeat it.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const schema = (route.schema ??= {});
    const response = (schema.response ??= {}) as Record<string, unknown>;
    if (!Object.keys(response).some((status) => status.startsWith('4'))) response['4xx'] = errorResponse;
    completeResponses(response);
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Luoshi 落实 API', version, description: 'The ledger and closed loop of organization work.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'luoshi_sid' },
          bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token (luoshi create-token USERNAME)' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installAuthHook(app, ctx, new Set(opts.csrfExempt ?? ['/api/auth/login']));

  await app.register(
    async (api) => {
      fileRoutes(api, ctx);
      for (const m of ctx.modules) await m.routes?.(api, ctx);
    },
    { prefix: '/api' },
  );
  await installStaticWeb(app);
  return app;
}
