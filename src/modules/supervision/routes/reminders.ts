import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/auth-hook.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { typed } from '../../../platform/http/typed.ts';
import { requirePermission } from '../../../platform/access/index.ts';
import { reminderService } from '../service/reminders.ts';
import { runScan } from '../service/scan.ts';
import * as s from '../schema.ts';

const tags = ['supervision'];

export function reminderRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.post(
    '/tasks/:id/reminders',
    {
      schema: {
        tags,
        summary: '催办: remind the lead unit (once per task, sender and day)',
        params: idParams,
        body: s.reminderBody,
        response: { 201: s.reminderSent },
      },
    },
    async (req, reply) => reply.status(201).send(await reminderService.remind(ctx, actorOf(req), req.params.id, req.body?.message)),
  );
  app.post(
    '/supervision/scan',
    { schema: { tags, summary: 'Run the automatic reminder scan now (临近提醒, 到期催办); idempotent', response: { 200: s.scanResult } } },
    async (req) => {
      requirePermission(actorOf(req), 'supervision.manage');
      return runScan(ctx);
    },
  );
}
