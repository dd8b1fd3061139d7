import type { FastifyInstance } from 'fastify';
import limits from '../../../shared/password-policy.json' with { type: 'json' };
import { dataScopes } from '../../platform/access/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { idParams } from '../../platform/http/schemas.ts';
import { typed } from '../../platform/http/typed.ts';
import { user } from '../users/index.ts';
import { securityService } from './service.ts';

const tags = ['security'];
/** A policy field's limits: one list (shared/password-policy.json) for this schema and the web's form. */
const limited = (field: keyof typeof limits) => ({ type: 'integer', minimum: limits[field].min, maximum: limits[field].max }) as const;
const policy = {
  type: 'object',
  required: ['minLength', 'minClasses', 'lockoutThreshold', 'lockoutMinutes', 'sessionIdleMinutes'],
  properties: {
    minLength: limited('minLength'),
    minClasses: limited('minClasses'),
    lockoutThreshold: limited('lockoutThreshold'),
    lockoutMinutes: limited('lockoutMinutes'),
    sessionIdleMinutes: limited('sessionIdleMinutes'),
    // Days an API token lives (API_TOKEN_DAYS is the default until the secAdmin sets it).
    apiTokenDays: limited('apiTokenDays'),
  },
  additionalProperties: false,
} as const;
// The answer always has every field; a request may leave apiTokenDays out (it keeps its value).
const policyAnswer = { ...policy, required: [...policy.required, 'apiTokenDays'] } as const;
const grantsBody = {
  type: 'object',
  required: ['grants'],
  properties: {
    grants: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['roleId', 'unitId'],
        properties: { roleId: { type: 'integer' }, unitId: { type: 'integer' } },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

const role = {
  $id: 'Role',
  title: 'Role',
  type: 'object',
  required: ['id', 'code', 'name', 'dataScope', 'permissions', 'builtin'],
  properties: {
    id: { type: 'integer' },
    code: { type: 'string' },
    name: { type: 'string' },
    dataScope: { type: 'string', enum: dataScopes },
    permissions: { type: 'array', items: { type: 'string' } },
    builtin: { type: 'boolean' },
  },
} as const;
const roleList = { type: 'object', required: ['items'], properties: { items: { type: 'array', items: role } } } as const;

export function securityRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get('/roles', { schema: { tags, summary: 'Roles with their permissions and data scope', response: { 200: roleList } } }, async (req) => ({
    items: await securityService.roles(ctx, actorOf(req)),
  }));
  app.put(
    '/users/:id/grants',
    { schema: { tags, summary: 'Replace the roles a user holds, per unit (secAdmin)', params: idParams, body: grantsBody, response: { 200: user } } },
    (req) => securityService.setGrants(ctx, actorOf(req), req.params.id, req.body.grants),
  );
  app.get('/policy', { schema: { tags, summary: 'Password and session policy (secAdmin)', response: { 200: policyAnswer } } }, (req) =>
    securityService.policy(ctx, actorOf(req)),
  );
  app.put('/policy', { schema: { tags, body: policy, response: { 200: policyAnswer } } }, (req) => securityService.setPolicy(ctx, actorOf(req), req.body));
}
