import { sql, type Kysely } from 'kysely';

/**
 * A 督办单's number is stored as it was printed: it is built from the issuer's 机关代字, a setting
 * that may change, and a sent document's number never does. Notices issued before this migration
 * were printed as 督办〔year〕第n号 and keep it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('supervision_notices').addColumn('number', 'text').execute();
  await sql`update supervision_notices set number = '督办〔' || year || '〕第' || seq || '号'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('supervision_notices').dropColumn('number').execute();
}
