import type { Kysely } from 'kysely';
import { withId } from '../../../platform/db/dialects/index.ts';

/** Far-future sentinel for "never" light thresholds: keeps them NOT NULL so unique keys and range filters work alike on both databases. */
export const NEVER = '9999-12-31';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('sources'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('issuer', 'text')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_id', 'integer', (c) => c.references('files.id'))
    .addColumn('reporting_cycle', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await withId(db, db.schema.createTable('tasks'))
    .addColumn('source_id', 'integer', (c) => c.references('sources.id'))
    .addColumn('source_start', 'integer')
    .addColumn('source_end', 'integer')
    .addColumn('parent_id', 'integer', (c) => c.references('tasks.id'))
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('measures', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('owner_id', 'integer', (c) => c.references('users.id'))
    .addColumn('owner_name', 'text')
    .addColumn('liaison_id', 'integer', (c) => c.references('users.id'))
    .addColumn('liaison_name', 'text')
    .addColumn('deadline', 'text')
    // The deadline as the ledger sorts it: no deadline (长期坚持) last, the same on both databases.
    .addColumn('deadline_sort', 'text', (c) => c.notNull().defaultTo(NEVER))
    .addColumn('deadline_phrase', 'text')
    .addColumn('deadline_history', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('milestones', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('category', 'text', (c) => c.notNull().defaultTo('task'))
    .addColumn('key_task', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('reporting_cycle', 'text')
    // The stored state and the status the ledger shows and filters on (state or a pending record).
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // Light thresholds (see domain/rollup-key.ts): fixed between writes, so lights filter by date.
    .addColumn('yellow_from', 'text', (c) => c.notNull().defaultTo(NEVER))
    .addColumn('red_from', 'text', (c) => c.notNull().defaultTo(NEVER))
    .addColumn('dispatched_on', 'text')
    .addColumn('acknowledged_on', 'text')
    .addColumn('last_report_on', 'text')
    .addColumn('reopened_on', 'text')
    .addColumn('signed_off_on', 'text')
    .addColumn('cancelled_on', 'text')
    .addColumn('sign_off_request', 'text')
    .addColumn('sign_off_return', 'text')
    .addColumn('extension_request', 'text')
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('latest_report', 'text')
    .addColumn('import_batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // The ledger page: status filter, deadline order, lead-unit check — walked in order, stopping at a page.
  // The ledger page: status filter, deadline order, then the lead-unit check read from the index
  // itself — walked in order and stopped after one page, whatever the subtree.
  await db.schema.createIndex('tasks_status_deadline').on('tasks').columns(['status', 'deadline_sort', 'id', 'lead_unit_id']).execute();
  await db.schema.createIndex('tasks_lead_deadline').on('tasks').columns(['lead_unit_id', 'deadline_sort', 'id']).execute();
  await db.schema.createIndex('tasks_deadline').on('tasks').columns(['deadline_sort', 'id']).execute();
  await db.schema.createIndex('tasks_source').on('tasks').columns(['source_id', 'sort_key']).execute();
  await db.schema.createIndex('tasks_parent').on('tasks').column('parent_id').execute();
  await db.schema.createIndex('tasks_import_batch').on('tasks').column('import_batch_id').execute();

  await db.schema
    .createTable('task_units')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addPrimaryKeyConstraint('task_units_pk', ['task_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('task_units_unit').on('task_units').columns(['unit_id', 'task_id']).execute();

  await withId(db, db.schema.createTable('progress_reports'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('progress')) // progress | signOffRequest
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer')
    .addColumn('milestone', 'integer')
    .addColumn('file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('review', 'text', (c) => c.notNull().defaultTo('pending')) // pending | accepted | returned
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('progress_reports_task').on('progress_reports').columns(['task_id', 'id']).execute();

  // Roll-up counters per (unit, part, status, light thresholds), kept in each write's transaction.
  await db.schema
    .createTable('ledger_rollups')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('yellow_from', 'text', (c) => c.notNull())
    .addColumn('red_from', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_rollups_pk', ['unit_id', 'part', 'status', 'yellow_from', 'red_from'])
    .execute();

  // The same counters without light thresholds: a subtree's total per status is one row.
  await db.schema
    .createTable('ledger_counts')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_counts_pk', ['unit_id', 'part', 'status'])
    .execute();

  // What happened on which day (dispatched, signed off, signed off on time) per ancestor unit:
  // the dashboard's period figures and trends without scanning tasks.
  await db.schema
    .createTable('ledger_day_counts')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_day_counts_pk', ['unit_id', 'kind', 'day'])
    .execute();
  // Tasks per source, status and red threshold per ancestor unit: the dashboard's by-source figures.
  await db.schema
    .createTable('ledger_source_counts')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('red_from', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_source_counts_pk', ['unit_id', 'source_id', 'status', 'red_from'])
    .execute();

  await withId(db, db.schema.createTable('saved_views'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('columns', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // A saved view's name is unique per user: the route answers 409 first, the index guards concurrent saves.
  await db.schema.createIndex('saved_views_user_name').unique().on('saved_views').columns(['user_id', 'name']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'saved_views',
    'ledger_source_counts',
    'ledger_day_counts',
    'ledger_counts',
    'ledger_rollups',
    'progress_reports',
    'task_units',
    'tasks',
    'sources',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
