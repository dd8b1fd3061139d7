import type { Kysely } from 'kysely';
import { withId } from '../../../platform/db/dialects/index.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('problems'))
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_title', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.references('sources.id'))
    .addColumn('task_id', 'integer', (c) => c.references('tasks.id'))
    .addColumn('look_back_check_id', 'integer', (c) => c.references('look_back_checks.id'))
    .addColumn('finding', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('found_on', 'text')
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('accepted_mark', 'integer')
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('acceptance_comment', 'text')
    .addColumn('acceptance_file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('refused_mark', 'integer')
    .addColumn('refused_at', 'text')
    .addColumn('refused_by', 'integer', (c) => c.references('users.id'))
    .addColumn('refusal_reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('problems_unit').on('problems').columns(['unit_id', 'deadline']).execute();
  await db.schema.createIndex('problems_deadline').on('problems').columns(['deadline', 'id']).execute();

  await db.schema
    .createTable('problem_measures')
    .addColumn('problem_id', 'integer', (c) => c.notNull().references('problems.id').onDelete('cascade'))
    // A draft measure deleted through the ledger leaves its problem.
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('problem_measures_pk', ['problem_id', 'task_id'])
    .execute();
  await db.schema.createIndex('problem_measures_task').on('problem_measures').column('task_id').unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('problem_measures').execute();
  await db.schema.dropTable('problems').execute();
}
