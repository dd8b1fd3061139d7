import type { LuoshiModule } from '../../platform/module.ts';
import { version } from '../../platform/version.ts';
import { systemRepo } from './repo.ts';

const health = {
  type: 'object',
  required: ['status', 'version', 'database'],
  properties: {
    status: { type: 'string', enum: ['ok', 'degraded'] },
    version: { type: 'string' },
    database: { type: 'object', required: ['dialect', 'ok'], properties: { dialect: { type: 'string' }, ok: { type: 'boolean' } } },
  },
} as const;

/** Health and version: what a load balancer or a person checking the install asks first. */
export const systemModule: LuoshiModule = {
  name: 'system',
  routes(app, ctx) {
    app.get('/health', { schema: { tags: ['system'], security: [], response: { 200: health, 503: health } } }, async (_req, reply) => {
      let ok = true;
      try {
        await systemRepo.ping(ctx.db);
      } catch {
        ok = false;
      }
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', version, database: { dialect: ctx.dbh.dialect, ok } });
    });
  },
};
