import type { Kysely } from 'kysely';

/**
 * 回头看 is scheduled for a date (scheduled_on: the day the check is held, YYYY-MM-DD) and the units
 * answer by a deadline (due_on, optional). Look-backs scheduled before this migration were held the day
 * they were created and keep a null scheduled_on (shown as their creation day).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('look_backs').addColumn('scheduled_on', 'text').execute();
  await db.schema.alterTable('look_backs').addColumn('due_on', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('look_backs').dropColumn('due_on').execute();
  await db.schema.alterTable('look_backs').dropColumn('scheduled_on').execute();
}
