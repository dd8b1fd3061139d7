import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Database, DbOrTx, JobTable } from '../db/types.ts';

export type JobRow = Selectable<JobTable>;

const iso = (d: Date) => d.toISOString();

/**
 * The jobs table's SQL. Timestamps are ISO-8601 UTC text of one fixed width, so they compare as
 * text on both databases. Every state change after a claim is guarded by `locked_by`, so a runner
 * whose lease expired can no longer overwrite what the runner that took the job over decided.
 */
export const jobRepo = {
  /** Adds a job; with a dedupe key already present, adds nothing and returns null. */
  async enqueue(db: DbOrTx, job: { kind: string; payload: unknown; runAt: Date; dedupeKey: string | null }, now: Date): Promise<number | null> {
    const row = await db
      .insertInto('jobs')
      .values({
        kind: job.kind,
        dedupe_key: job.dedupeKey,
        payload: JSON.stringify(job.payload ?? {}),
        run_at: iso(job.runAt),
        created_at: iso(now),
        updated_at: iso(now),
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id ?? null;
  },

  /** Ids of jobs of these kinds that may be claimed now: queued and due, or running with an expired lease. */
  async due(db: DbOrTx, kinds: string[], now: Date, limit: number): Promise<{ id: number; kind: string }[]> {
    if (!kinds.length) return [];
    return db
      .selectFrom('jobs')
      .select(['id', 'kind'])
      .where('kind', 'in', kinds)
      .where((eb) => claimable(eb, iso(now)))
      .orderBy('run_at')
      .orderBy('id')
      .limit(limit)
      .execute();
  },

  /**
   * Takes one job with a lease. The WHERE repeats the claimable condition, so of two runners that
   * both saw the job due, the second update finds it running and changes nothing (PostgreSQL
   * re-checks the condition after the first commits; SQLite runs writes one at a time).
   */
  async claim(db: DbOrTx, id: number, runnerId: string, now: Date, leaseMs: number): Promise<JobRow | undefined> {
    return db
      .updateTable('jobs')
      .set({
        status: 'running',
        locked_by: runnerId,
        locked_until: iso(new Date(now.getTime() + leaseMs)),
        attempts: sql<number>`attempts + 1`,
        updated_at: iso(now),
      })
      .where('id', '=', id)
      .where((eb) => claimable(eb, iso(now)))
      .returningAll()
      .executeTakeFirst();
  },

  async complete(db: DbOrTx, id: number, runnerId: string, now: Date): Promise<boolean> {
    const r = await db
      .updateTable('jobs')
      .set({ status: 'done', locked_by: null, locked_until: null, last_error: null, updated_at: iso(now) })
      .where('id', '=', id)
      .where('locked_by', '=', runnerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** A failed attempt: queued again at `retryAt`, or failed for good when `retryAt` is null. */
  async fail(db: DbOrTx, id: number, runnerId: string, error: string, retryAt: Date | null, now: Date): Promise<boolean> {
    const r = await db
      .updateTable('jobs')
      .set({
        status: retryAt ? 'queued' : 'failed',
        run_at: retryAt ? iso(retryAt) : sql<string>`run_at`,
        locked_by: null,
        locked_until: null,
        last_error: error.slice(0, 2000),
        updated_at: iso(now),
      })
      .where('id', '=', id)
      .where('locked_by', '=', runnerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  get(db: DbOrTx, id: number): Promise<JobRow | undefined> {
    return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  },
};

function claimable(e: ExpressionBuilder<Database, 'jobs'>, now: string) {
  return e.or([e.and([e('status', '=', 'queued'), e('run_at', '<=', now)]), e.and([e('status', '=', 'running'), e('locked_until', '<', now)])]);
}
