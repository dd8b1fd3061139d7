import pg from 'pg';
import { PostgresDialect, sql, type Kysely } from 'kysely';

// count(*) and bigint come back as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openPostgres(url: string, max = 10) {
  const pool = new pg.Pool({ connectionString: url, max });
  return { dialect: new PostgresDialect({ pool }), pool };
}

const AUDIT_LOCK_KEY = 0x6c756f73; // "luos"

/** Serializes appends to the audit hash chain across concurrent transactions. */
export async function lockAuditChain<DB>(db: Kysely<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(db);
}
