// A PostgreSQL restart or failover ends idle connections: the server must log it and carry on, not
// die of an unhandled 'error' on the pool (a test database dropped under an open app showed it).
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { dialects, createTestDb, type TestDb } from '../../../test/support/db.ts';
import { openPostgres } from './dialects/postgres.ts';

describe.runIf(dialects.includes('postgres'))('an idle PostgreSQL connection ended by the server', () => {
  let db: TestDb;
  afterAll(async () => db?.drop());

  it('is dropped from the pool, and the next query opens a new one', async () => {
    db = await createTestDb('postgres');
    const { pool } = openPostgres(db.url!, 2);
    const first = await pool.query<{ pid: number }>('select pg_backend_pid() as pid');
    const ended = new Promise<Error>((resolve) => pool.once('error', resolve));
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [first.rows[0].pid]);
    await admin.end();
    expect(((await ended) as Error & { code?: string }).code).toBe('57P01');
    // The pool's own listener took it (the process is still here), and the pool still answers.
    expect(pool.listenerCount('error')).toBe(1);
    const next = await pool.query<{ pid: number }>('select pg_backend_pid() as pid');
    expect(next.rows[0].pid).not.toBe(first.rows[0].pid);
    await pool.end();
  });
});
