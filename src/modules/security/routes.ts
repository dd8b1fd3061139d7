import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { idParams } from '../../platform/http/schemas.ts';
import type { PasswordPolicy } from '../../platform/auth/password.ts';
import { securityService } from './service.ts';

const tags = ['security'];
const policy = {
  type: 'object',
  required: ['minLength', 'minClasses', 'lockoutThreshold', 'lockoutMinutes', 'sessionIdleMinutes'],
  properties: {
    minLength: { type: 'integer', minimum: 8, maximum: 128 },
    minClasses: { type: 'integer', minimum: 3, maximum: 4 },
    lockoutThreshold: { type: 'integer', minimum: 1, maximum: 20 },
    lockoutMinutes: { type: 'integer', minimum: 1, maximum: 1440 },
    sessionIdleMinutes: { type: 'integer', minimum: 1, maximum: 1440 },
  },
  additionalProperties: false,
} as const;
const grantsBody = {
  type: 'object',
  required: ['grants'],
  properties: {
    grants: {
      type: 'array',
      maxItems: 50,
      items: { type: 'object', required: ['roleId', 'unitId'], properties: { roleId: { type: 'integer' }, unitId: { type: 'integer' } }, additionalProperties: false },
    },
  },
  additionalProperties: false,
} as const;

export function securityRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/roles', { schema: { tags, summary: 'Roles with their permissions and data scope' } }, async (req) => ({
    items: await securityService.roles(ctx, actorOf(req)),
  }));
  app.put<{ Params: { id: number }; Body: { grants: { roleId: number; unitId: number }[] } }>(
    '/users/:id/grants',
    { schema: { tags, summary: 'Replace the roles a user holds, per unit (secAdmin)', params: idParams, body: grantsBody } },
    (req) => securityService.setGrants(ctx, actorOf(req), req.params.id, req.body.grants),
  );
  app.get('/policy', { schema: { tags, summary: 'Password and session policy (secAdmin)' } }, (req) => securityService.policy(ctx, actorOf(req)));
  app.put<{ Body: PasswordPolicy }>('/policy', { schema: { tags, body: policy } }, (req) => securityService.setPolicy(ctx, actorOf(req), req.body));
}
