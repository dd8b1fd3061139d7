import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Actor } from '../access/actor.ts';
import { resolveScope } from '../access/scope.ts';
import { descendantsOf } from '../access/repo.ts';
import { actorOf } from '../http/auth-hook.ts';
import type { DomainEvent } from './index.ts';
import { streamGuard } from '../auth/stream-guard.ts';

export interface EventStreamOptions {
  /** The route under /api ('/events'). */
  path: string;
  /** Whose data scope decides what a user receives: an event goes to users who see one of its unitIds. */
  permission: string;
  heartbeatMs?: number;
  /** The client's reconnect delay, sent as `retry:`. */
  retryMs?: number;
}

/**
 * The units an actor sees for a permission, or 'all'. Computed once per connection from the
 * closure table (a set-based check per event after that), and again when the unit tree changes.
 */
async function visibleUnits(ctx: AppContext, actor: Actor, permission: string): Promise<Set<number> | 'all'> {
  const scope = resolveScope(actor, permission);
  if (scope.all) return 'all';
  const out = new Set<number>(scope.units);
  if (scope.self) out.add(actor.unitId);
  if (scope.subtrees.length) {
    for (const id of await descendantsOf(ctx.db, scope.subtrees)) out.add(id);
  }
  return out;
}

const frame = (id: number, e: DomainEvent) => `id: ${id}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;

/**
 * GET {path}: Server-Sent Events of the domain events a user may see. Authenticated like every
 * /api request (session cookie or Bearer token). A heartbeat comment keeps proxies from closing
 * an idle stream; each stream ends when the client goes away or the server closes.
 *
 * Several processes: the stream only subscribes to ctx.events. A multi-process EventBus
 * (PostgreSQL: publish = `select pg_notify('luoshi_events', json)` after commit, one LISTEN
 * connection per process delivering to its local subscribers; Redis: PUBLISH/SUBSCRIBE on one
 * channel) delivers every event to every process, and each process's streams filter it for their
 * own users as here. Payloads over pg_notify's 8 kB limit would carry an id to re-read instead.
 */
export function eventStreamRoutes(app: FastifyInstance, ctx: AppContext, opts: EventStreamOptions): void {
  const heartbeatMs = opts.heartbeatMs ?? Number(process.env.LUOSHI_SSE_HEARTBEAT_MS ?? 15_000);
  const retryMs = opts.retryMs ?? 5_000;
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    opts.path,
    {
      schema: {
        tags: ['events'],
        summary: 'Live updates (text/event-stream) of the events you may see',
        response: {
          200: { description: 'Server-sent events, one JSON object per `data:` line', content: { 'text/event-stream': { schema: { type: 'string' } } } },
        },
      },
    },
    async (req: FastifyRequest, reply: FastifyReply) => {
      const actor = actorOf(req);
      let visible = await visibleUnits(ctx, actor, opts.permission);
      const entitled = streamGuard(ctx, actor);
      let seq = 0;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no', // nginx: do not buffer the stream
      });
      res.write(`retry: ${retryMs}\n: connected\n\n`);
      // Events are handled one after another per stream, so a task event that follows a unit event
      // is checked against the recomputed scope (and frames keep their order).
      let queue = Promise.resolve();
      const deliver = async (e: DomainEvent) => {
        if (e.entity === 'unit' && visible !== 'all') visible = await visibleUnits(ctx, actor, opts.permission);
        if (res.writableEnded) return;
        // The stream lives only as long as its session or token and the grants it was opened with
        // (issue #10, finding 8): after a logout, an idle timeout, a revoked token or a changed grant
        // the next event or heartbeat ends it instead of sending anything; the client reconnects
        // with what it holds now.
        if (!(await entitled())) return end();
        if (e.permission && !actor.permissions.has(e.permission)) return;
        if (visible === 'all' || e.unitIds.some((u) => (visible as Set<number>).has(u))) res.write(frame(++seq, e));
      };
      const unsubscribe = ctx.events.subscribe((e) => {
        queue = queue.then(() => deliver(e)).catch((err) => ctx.log.error({ err, event: e.type }, 'event stream failed'));
        return queue;
      });
      // The heartbeat goes through the same queue and check, so a quiet stream ends too.
      const beat = async () => {
        if (res.writableEnded) return;
        if (!(await entitled())) return end();
        res.write(': ping\n\n');
      };
      const heartbeat = setInterval(() => {
        queue = queue.then(beat).catch((err) => ctx.log.error({ err }, 'event stream failed'));
      }, heartbeatMs);
      heartbeat.unref();
      const socket = req.raw.socket;
      // The stream owns its connection: when it ends (client gone, or server closing) the socket
      // goes too, never back to keep-alive where server.close() would wait for it.
      const end = () => {
        if (!open.delete(end)) return;
        clearInterval(heartbeat);
        unsubscribe();
        if (!res.writableEnded) res.end();
        socket.destroySoon();
        setTimeout(() => socket.destroy(), 200).unref();
      };
      open.add(end);
      socket.on('close', end);
      res.on('error', end);
    },
  );
}
