import os from 'node:os';
import crypto from 'node:crypto';
import type { Db } from '../db/types.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../context.ts';
import { backoffMs } from './backoff.ts';
import { jobRepo, type JobRow } from './repo.ts';

export interface JobInfo {
  id: number;
  kind: string;
  /** 1 on the first run, 2 on the first retry … */
  attempt: number;
  now: Date;
}
export type JobHandler<P = unknown> = (payload: P, job: JobInfo) => Promise<void>;

export interface HandlerOptions {
  /** Runs in all, the first included; then the job stays 'failed'. Default 5. */
  maxAttempts?: number;
  /** First retry after this long, doubling each time. Default 1 minute. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How long a claim holds; a runner that dies frees its job when the lease expires. Default 5 minutes. */
  leaseMs?: number;
}

interface Registered {
  handler: JobHandler<never>;
  opts: Required<HandlerOptions>;
}

const defaults: Required<HandlerOptions> = { maxAttempts: 5, backoffMs: 60_000, maxBackoffMs: 3_600_000, leaseMs: 300_000 };

export interface TickResult {
  ran: number;
  failed: number;
}

/**
 * Runs DB-backed jobs of the kinds registered with it. Several runners (in one process or many)
 * may share the table: each job is claimed by one of them under a lease. Time comes from the
 * clock, so tests move it and call tick().
 */
export class JobRunner {
  readonly id: string;
  private readonly kinds = new Map<string, Registered>();
  private readonly recurrings: { kind: string; keyOf: (now: Date) => string | null; payload: unknown }[] = [];

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly opts: { id?: string; log?: Logger; batch?: number } = {},
  ) {
    this.id = opts.id ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  }

  register<P>(kind: string, handler: JobHandler<P>, opts: HandlerOptions = {}): this {
    this.kinds.set(kind, { handler: handler as JobHandler<never>, opts: { ...defaults, ...opts } });
    return this;
  }

  /** Enqueues `kind` before each tick under the key `keyOf(now)`: one job per key, e.g. per day. */
  recurring(kind: string, keyOf: (now: Date) => string | null, payload: unknown = {}): this {
    this.recurrings.push({ kind, keyOf, payload });
    return this;
  }

  enqueue(kind: string, payload: unknown = {}, opts: { runAt?: Date; dedupeKey?: string } = {}): Promise<number | null> {
    const now = this.clock.now();
    return jobRepo.enqueue(this.db, { kind, payload, runAt: opts.runAt ?? now, dedupeKey: opts.dedupeKey ?? null }, now);
  }

  /** Enqueues the recurring jobs, then runs every job due now (up to `batch` per tick). */
  async tick(): Promise<TickResult> {
    const result: TickResult = { ran: 0, failed: 0 };
    for (const r of this.recurrings) {
      const key = r.keyOf(this.clock.now());
      if (key !== null) await this.enqueue(r.kind, r.payload, { dedupeKey: key });
    }
    const due = await jobRepo.due(this.db, [...this.kinds.keys()], this.clock.now(), this.opts.batch ?? 50);
    for (const { id, kind } of due) {
      const reg = this.kinds.get(kind)!;
      // Each claim is a fresh conditional update: another runner may have taken the job since `due`.
      const job = await jobRepo.claim(this.db, id, this.id, this.clock.now(), reg.opts.leaseMs);
      if (!job) continue;
      const ok = await this.run(job, reg);
      result.ran++;
      if (!ok) result.failed++;
    }
    return result;
  }

  private async run(job: JobRow, { handler, opts }: Registered): Promise<boolean> {
    const info: JobInfo = { id: job.id, kind: job.kind, attempt: job.attempts, now: this.clock.now() };
    try {
      // A job whose runner kept dying under it (lease expired each time) stops being retried too.
      if (job.attempts > opts.maxAttempts) throw new Error(`gave up after ${opts.maxAttempts} attempts`);
      await handler(JSON.parse(job.payload) as never, info);
      await jobRepo.complete(this.db, job.id, this.id, this.clock.now());
      return true;
    } catch (err) {
      const now = this.clock.now();
      const retry = job.attempts < opts.maxAttempts ? new Date(now.getTime() + backoffMs(job.attempts, opts.backoffMs, opts.maxBackoffMs)) : null;
      const message = err instanceof Error ? err.message : String(err);
      await jobRepo.fail(this.db, job.id, this.id, message, retry, now);
      this.opts.log?.warn({ job: job.id, kind: job.kind, attempt: job.attempts, err: message }, retry ? 'job failed; will retry' : 'job failed for good');
      return false;
    }
  }

  /** Ticks every `intervalMs` (never two at once) until the returned stopper is called. */
  start(intervalMs: number): () => Promise<void> {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> = Promise.resolve();
    const loop = () => {
      running = this.tick()
        .then(() => undefined)
        .catch((err) => this.opts.log?.error({ err }, 'job tick failed'))
        .finally(() => {
          if (!stopped) timer = setTimeout(loop, intervalMs);
        });
    };
    timer = setTimeout(loop, 0);
    return async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    };
  }
}
