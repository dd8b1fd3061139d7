import type { LuoshiModule } from '../../platform/module.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { errorResponse, listOf } from '../../platform/http/schemas.ts';
import { requirePermission } from '../../platform/access/index.ts';
import { takeAnchor, verifyAuditChain } from '../../platform/audit/index.ts';
import { dayStart } from '../../platform/clock.ts';
import { notFound } from '../../platform/errors.ts';
import { typed } from '../../platform/http/typed.ts';
import { auditLogRepo } from './repo.ts';
import { auditQuery } from './schema.ts';
import { AuditWords, nameKey, refsOf } from './words.ts';

const row = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    at: { type: 'string' },
    actorId: { type: ['integer', 'null'] },
    actorName: { type: ['string', 'null'] },
    ip: { type: ['string', 'null'] },
    action: { type: 'string' },
    entity: { type: 'string' },
    entityId: { type: ['string', 'null'] },
    before: { type: ['string', 'null'] },
    after: { type: ['string', 'null'] },
    // The same row in words, in the request's language (words.ts): what the auditor reads.
    actionLabel: { type: 'string' },
    entityLabel: { type: 'string' },
    entityTitle: { type: ['string', 'null'], description: 'The record’s title or name, not its id' },
    actorUnit: { type: ['string', 'null'], description: 'The unit of the person who acted' },
    changes: {
      type: 'array',
      description: 'Field by field: the field’s label and each side rendered (statuses, names for ids); null where the side has no such field',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string' },
          label: { type: 'string' },
          before: { type: ['string', 'null'] },
          after: { type: ['string', 'null'] },
          changed: { type: 'boolean' },
        },
      },
    },
  },
} as const;

const verifyResult = {
  type: 'object',
  required: ['ok', 'rows'],
  properties: {
    ok: { type: 'boolean' },
    rows: { type: 'integer' },
    firstBad: {
      type: 'object',
      required: ['id', 'problem'],
      properties: { id: { type: 'integer' }, problem: { type: 'string', enum: ['removedBefore', 'changed', 'removedAtEnd', 'wrongKey', 'differsFromAnchor'] } },
    },
    anchors: { type: 'integer', description: 'How many anchors were checked (all agreed when ok)' },
  },
} as const;

const anchorResult = {
  type: 'object',
  required: ['anchor', 'id', 'hash', 'at'],
  properties: { anchor: { type: 'string' }, id: { type: 'integer' }, hash: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
} as const;

/** The auditor's view of the append-only log. There is deliberately no route that changes a row. */
export const auditLogModule: LuoshiModule = {
  name: 'audit-log',
  menu: [{ key: 'admin.audit', permission: 'audit.read', order: 930 }],
  // The auditor's own queue: today's failed logins (the configured zone's day), opening the log filtered to them.
  toDo: {
    keys: ['auditLog.failedLoginsToday'],
    async items(ctx, actor) {
      if (!actor.permissions.has('audit.read')) return [];
      const today = ctx.today();
      const count = await auditLogRepo.countSince(ctx.db, 'login.failed', dayStart(today, ctx.config.timeZone).toISOString());
      return [{ key: 'auditLog.failedLoginsToday', count, link: `/admin/audit?action=login.failed&from=${today}&to=${today}`, severity: 'warning' }];
    },
  },
  routes(fastify, ctx) {
    const app = typed(fastify);
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          querystring: auditQuery,
          response: { 200: listOf(row) },
        },
      },
      async (req) => {
        requirePermission(actorOf(req), 'audit.read');
        const f = req.query;
        const toIso = (d: string | undefined) => (d ? new Date(d).toISOString() : undefined);
        const page = await auditLogRepo.page(ctx.db, { ...f, from: toIso(f.from), to: toIso(f.to) }, f);
        const names = await auditLogRepo.names(ctx.db, refsOf(page.items));
        const words = new AuditWords(req.locale, names);
        const items = page.items.map((r) => ({
          ...r,
          actionLabel: words.action(r.action),
          entityLabel: words.entity(r.entity),
          entityTitle: words.title(r),
          actorUnit: r.actorId === null ? null : (names.get(nameKey('userUnit', r.actorId)) ?? null),
          changes: words.changes(r),
        }));
        return { total: page.total, items };
      },
    );
    app.get(
      '/audit/verify',
      {
        schema: {
          tags: ['audit'],
          summary: 'Checks the keyed hash chain and any anchors taken earlier; names the first changed or removed row',
          querystring: {
            type: 'object',
            properties: { anchor: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 50 } },
            additionalProperties: false,
          },
          response: { 200: verifyResult, 400: errorResponse },
        },
      },
      async (req) => {
        requirePermission(actorOf(req), 'audit.read');
        return verifyAuditChain(ctx.db, { anchors: req.query.anchor });
      },
    );
    app.get(
      '/audit/anchor',
      {
        schema: {
          tags: ['audit'],
          summary: 'A signed head of the chain for the auditor to keep off the server (404 while the log is empty)',
          response: { 200: anchorResult, 404: errorResponse },
        },
      },
      async (req) => {
        requirePermission(actorOf(req), 'audit.read');
        const a = await takeAnchor(ctx.db, ctx.clock.now());
        if (!a) throw notFound();
        return a;
      },
    );
  },
};
