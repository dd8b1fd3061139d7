import pg from 'pg';
import { PostgresDialect, sql, type Kysely } from 'kysely';

// count(*) and bigint come back as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openPostgres(url: string, max = 10) {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server ends (a restart, a failover, pg_terminate_backend) is an 'error' on
  // the pool; without a listener it would end the whole process. The pool drops that client and the
  // next query opens a new one, so a line on stderr is all it needs (no URL: it may carry a password).
  pool.on('error', (err) => console.error(`PostgreSQL: an idle connection ended (${(err as { code?: string }).code ?? err.message})`));
  return { dialect: new PostgresDialect({ pool }), pool };
}

const AUDIT_LOCK_KEY = 0x6c756f73; // "luos"

/** Serializes appends to the audit hash chain across concurrent transactions. */
export async function lockAuditChain<DB>(db: Kysely<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(db);
}
