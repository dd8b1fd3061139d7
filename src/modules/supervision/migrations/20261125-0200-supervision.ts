import type { Kysely } from 'kysely';
import { withId } from '../../../platform/db/dialects/index.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('reminders_sent'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('light', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reminders_sent_once').on('reminders_sent').columns(['task_id', 'light', 'since']).unique().execute();

  await withId(db, db.schema.createTable('manual_reminders'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('sender_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('manual_reminders_daily').on('manual_reminders').columns(['task_id', 'sender_id', 'day']).unique().execute();

  // One row per year; `seq` is bumped by an upsert inside the issuing transaction.
  await db.schema
    .createTable('supervision_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('supervision_notices'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('requirements', 'text', (c) => c.notNull())
    .addColumn('due_by', 'text')
    .addColumn('issued_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.references('files.id'))
    .execute();
  await db.schema.createIndex('supervision_notices_number').on('supervision_notices').columns(['year', 'seq']).unique().execute();
  await db.schema.createIndex('supervision_notices_task').on('supervision_notices').columns(['task_id', 'id']).execute();

  await withId(db, db.schema.createTable('look_backs'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.references('sources.id'))
    .addColumn('percent', 'integer')
    .addColumn('note', 'text')
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('candidates', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('look_back_checks'))
    .addColumn('look_back_id', 'integer', (c) => c.notNull().references('look_backs.id').onDelete('cascade'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('decision', 'text') // null (pending) | confirm | reopen
    .addColumn('reason', 'text')
    .addColumn('deadline', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('look_back_checks_task').on('look_back_checks').columns(['look_back_id', 'task_id']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['look_back_checks', 'look_backs', 'supervision_notices', 'supervision_counters', 'manual_reminders', 'reminders_sent']) {
    await db.schema.dropTable(t).execute();
  }
}
