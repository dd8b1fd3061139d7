import type { Kysely } from 'kysely';

/**
 * Indexes for the dashboard's period figures on the ledger's tasks table (the dashboard owns no
 * table): sign-offs in a period by status and date, dispatches by date, and counts by source.
 * Without them each period figure scans every task (13 s for a city of 1,000,000 on SQLite).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('tasks_status_signed_off').on('tasks').columns(['status', 'signed_off_on', 'lead_unit_id']).execute();
  await db.schema.createIndex('tasks_dispatched').on('tasks').columns(['dispatched_on', 'lead_unit_id']).execute();
  await db.schema.createIndex('tasks_source_status').on('tasks').columns(['source_id', 'status', 'red_from']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['tasks_status_signed_off', 'tasks_dispatched', 'tasks_source_status']) await db.schema.dropIndex(name).execute();
}
