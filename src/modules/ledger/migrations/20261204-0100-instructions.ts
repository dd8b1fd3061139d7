import type { Kysely } from 'kysely';
import { withId } from '../../../platform/db/dialects/index.ts';

/**
 * 批示: a leader's written comment on a task, a source or a dashboard figure. The author's name
 * and unit are kept as written: a later rename or move does not change who said what.
 * `converted_source_id` is the source the 批示 became (转为来源), at most one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('instructions'))
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('task_id', 'integer', (c) => c.references('tasks.id'))
    .addColumn('source_id', 'integer', (c) => c.references('sources.id'))
    .addColumn('figure_key', 'text')
    .addColumn('figure_label', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('unit_name', 'text')
    .addColumn('converted_source_id', 'integer', (c) => c.references('sources.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('instructions_task').on('instructions').columns(['task_id', 'id']).execute();
  await db.schema.createIndex('instructions_source').on('instructions').columns(['source_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('instructions').execute();
}
