import type { Kysely } from 'kysely';
import { withId } from '../../../platform/db/dialects/index.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('party_orgs'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('party_orgs.id'))
    .addColumn('host_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('founded_on', 'text')
    .addColumn('secretary_name', 'text')
    .addColumn('secretary_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('secretary_background', 'text')
    .addColumn('committee_members', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_secretary_name', 'text')
    .addColumn('first_secretary_origin', 'text')
    .addColumn('first_secretary_from', 'text')
    .addColumn('first_secretary_to', 'text')
    .addColumn('term_start', 'text')
    .addColumn('term_years', 'integer')
    // Derived: term_start + term length (or the last approved extension / early election); kept for filtering.
    .addColumn('term_end', 'text')
    .addColumn('import_batch_id', 'integer')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('party_orgs_host').on('party_orgs').columns(['host_unit_id', 'id']).execute();
  await db.schema.createIndex('party_orgs_parent').on('party_orgs').column('parent_id').execute();
  await db.schema.createIndex('party_orgs_term_end').on('party_orgs').columns(['term_end', 'id']).execute();
  await db.schema.createIndex('party_orgs_batch').on('party_orgs').column('import_batch_id').execute();

  await withId(db, db.schema.createTable('party_org_term_changes'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('party_orgs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ordinary_end', 'text', (c) => c.notNull())
    .addColumn('new_term_end', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('party_org_term_changes_org').on('party_org_term_changes').columns(['org_id', 'id']).execute();

  await db.schema
    .createTable('party_org_reminders_sent')
    .addColumn('org_id', 'integer', (c) => c.notNull().references('party_orgs.id').onDelete('cascade'))
    .addColumn('threshold', 'integer', (c) => c.notNull())
    .addColumn('term_end', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('party_org_reminders_sent_pk', ['org_id', 'term_end', 'threshold'])
    .execute();

  await db.schema
    .createTable('party_org_tasks')
    .addColumn('org_id', 'integer', (c) => c.notNull().references('party_orgs.id').onDelete('cascade'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('party_org_tasks_pk', ['org_id', 'task_id'])
    .execute();
  await db.schema.createIndex('party_org_tasks_task').on('party_org_tasks').column('task_id').execute();

  // Host units known to the registry (imported or demo), with their category, for coverage (全覆盖):
  // units belong to the units module, so the party category of a unit is kept here.
  await db.schema
    .createTable('party_org_units')
    .addColumn('unit_id', 'integer', (c) => c.primaryKey().references('units.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('party_org_units').execute();
  await db.schema.dropTable('party_org_tasks').execute();
  await db.schema.dropTable('party_org_reminders_sent').execute();
  await db.schema.dropTable('party_org_term_changes').execute();
  await db.schema.dropTable('party_orgs').execute();
}
