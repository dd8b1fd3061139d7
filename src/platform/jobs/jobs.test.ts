import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, openTestContext, type TestContext } from '../../../test/support/db.ts';
import { backoffMs } from './backoff.ts';
import { jobRepo } from './repo.ts';
import { JobRunner } from './runner.ts';

const MINUTE = 60_000;

describe('backoffMs', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 10].map((a) => backoffMs(a, 1000, 5000))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});

describe.each(dialects)('job runner on %s', (dialect) => {
  // A bare context, no modules, no city, no app: the runner works on the jobs table alone.
  let t: TestContext;
  beforeAll(async () => {
    t = await openTestContext(dialect, { now: '2026-03-01T02:00:00.000Z', modules: [] });
  });
  afterAll(async () => t.close());

  const runner = (id: string) => new JobRunner(t.ctx.db, t.clock, { id });

  it('keeps one job per dedupe key', async () => {
    const r = runner('a');
    const first = await r.enqueue('dedupe', {}, { dedupeKey: 'scan:2026-03-01' });
    const second = await r.enqueue('dedupe', {}, { dedupeKey: 'scan:2026-03-01' });
    expect(first).toBeTypeOf('number');
    expect(second).toBeNull();
    const rows = await t.ctx.db.selectFrom('jobs').select('id').where('dedupe_key', '=', 'scan:2026-03-01').execute();
    expect(rows.length).toBe(1);
  });

  it('runs each job once when two runners race for them', async () => {
    const seen: number[] = [];
    const handler = async (p: { n: number }) => {
      seen.push(p.n);
      await new Promise((resolve) => setImmediate(resolve)); // yield, so the other runner's tick runs in between
    };
    const a = runner('race-a').register('race', handler);
    const b = runner('race-b').register('race', handler);
    for (let n = 0; n < 20; n++) await a.enqueue('race', { n });
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect(ra.ran + rb.ran).toBe(20);
    expect([...seen].sort((x, y) => x - y)).toEqual([...Array(20).keys()]);
    const done = await t.ctx.db.selectFrom('jobs').select(['status', 'attempts']).where('kind', '=', 'race').execute();
    expect(done.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
  });

  it('does not run a job before its time, nor jobs of kinds it does not know', async () => {
    const ran: string[] = [];
    const r = runner('later').register('later', async () => void ran.push('later'));
    await r.enqueue('later', {}, { runAt: new Date(t.clock.now().getTime() + 10 * MINUTE) });
    await r.enqueue('unknown-kind');
    expect((await r.tick()).ran).toBe(0);
    t.clock.advance(10 * MINUTE);
    expect((await r.tick()).ran).toBe(1);
    expect(ran).toEqual(['later']);
  });

  it('lets another runner take over a job whose lease expired, and ignores the first runner afterwards', async () => {
    const id = (await jobRepo.enqueue(t.ctx.db, { kind: 'lease', payload: {}, runAt: t.clock.now(), dedupeKey: null }, t.clock.now()))!;
    // A runner claims the job and dies without finishing it.
    expect(await jobRepo.claim(t.ctx.db, id, 'dead', t.clock.now(), 5 * MINUTE)).toBeDefined();
    const runs: number[] = [];
    const b = runner('heir').register('lease', async (_p, job) => void runs.push(job.attempt), { leaseMs: 5 * MINUTE });
    expect((await b.tick()).ran).toBe(0); // the lease still holds
    t.clock.advance(5 * MINUTE + 1);
    expect((await b.tick()).ran).toBe(1);
    expect(runs).toEqual([2]);
    expect(await jobRepo.complete(t.ctx.db, id, 'dead', t.clock.now())).toBe(false);
    expect(await jobRepo.fail(t.ctx.db, id, 'dead', 'late', null, t.clock.now())).toBe(false);
    expect((await jobRepo.get(t.ctx.db, id))!.status).toBe('done');
  });

  it('retries a failing job with growing delays, then succeeds', async () => {
    let calls = 0;
    const r = runner('retry').register(
      'flaky',
      async () => {
        calls++;
        if (calls < 3) throw new Error(`boom ${calls}`);
      },
      { backoffMs: MINUTE, maxAttempts: 5 },
    );
    const id = (await r.enqueue('flaky'))!;
    expect(await r.tick()).toEqual({ ran: 1, failed: 1 });
    let job = (await jobRepo.get(t.ctx.db, id))!;
    expect(job).toMatchObject({ status: 'queued', attempts: 1, last_error: 'boom 1', locked_by: null });
    expect(job.run_at).toBe(new Date(t.clock.now().getTime() + MINUTE).toISOString());
    expect((await r.tick()).ran).toBe(0);
    t.clock.advance(MINUTE);
    expect(await r.tick()).toEqual({ ran: 1, failed: 1 });
    job = (await jobRepo.get(t.ctx.db, id))!;
    expect(job.run_at).toBe(new Date(t.clock.now().getTime() + 2 * MINUTE).toISOString());
    t.clock.advance(MINUTE);
    expect((await r.tick()).ran).toBe(0);
    t.clock.advance(MINUTE);
    expect(await r.tick()).toEqual({ ran: 1, failed: 0 });
    expect((await jobRepo.get(t.ctx.db, id))!).toMatchObject({ status: 'done', attempts: 3, last_error: null });
  });

  it('gives up after maxAttempts and keeps the last error', async () => {
    const r = runner('give-up').register(
      'doomed',
      async () => {
        throw new Error('always');
      },
      { backoffMs: 1000, maxAttempts: 2 },
    );
    const id = (await r.enqueue('doomed'))!;
    await r.tick();
    t.clock.advance(1000);
    await r.tick();
    t.clock.advance(60 * MINUTE);
    expect((await r.tick()).ran).toBe(0);
    expect((await jobRepo.get(t.ctx.db, id))!).toMatchObject({ status: 'failed', attempts: 2, last_error: 'always' });
  });

  it('enqueues a recurring job once per key, whatever the number of ticks or runners', async () => {
    const days: string[] = [];
    const keyOf = (now: Date) => `daily:${now.toISOString().slice(0, 10)}`;
    const mk = (id: string) =>
      runner(id)
        .register('daily', async (_p, job) => void days.push(job.now.toISOString().slice(0, 10)))
        .recurring('daily', keyOf);
    const [a, b] = [mk('day-a'), mk('day-b')];
    await Promise.all([a.tick(), b.tick()]);
    await a.tick();
    t.clock.advance(24 * 60 * MINUTE);
    await Promise.all([a.tick(), b.tick()]);
    expect(days.length).toBe(2);
    expect(new Set(days).size).toBe(2);
  });

  it('start() ticks on its own until stopped', async () => {
    let n = 0;
    let ran!: () => void;
    const first = new Promise<void>((resolve) => (ran = resolve));
    const r = runner('loop').register('loop', async () => {
      n++;
      ran();
    });
    await r.enqueue('loop');
    const stop = r.start(10);
    await first; // the runner's own tick ran it: no polling, the handler says so
    await stop();
    expect(n).toBe(1);
  });
});
