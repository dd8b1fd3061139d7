import type { Kysely } from 'kysely';
import { withId } from '../../../platform/db/dialects/index.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('briefings'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // draft | issued
    .addColumn('content', 'text', (c) => c.notNull()) // BriefingContent as JSON
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
    .addColumn('issued_at', 'text')
    .execute();
  await db.schema.createIndex('briefings_status').on('briefings').columns(['status', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('briefings').execute();
}
