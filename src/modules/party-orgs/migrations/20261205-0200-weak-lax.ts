import type { Kysely } from 'kysely';
import { withId } from '../../../platform/db/dialects/index.ts';

/**
 * 软弱涣散整顿, 标准化规范化建设, 书记联系点, 村级集体经济: the party organizations' yearly work. Lists of
 * codes and file ids are JSON text, as the problems' evidence is.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // 认定标准: the criteria dictionary (the demo ships the national guidance's eight basic types).
  await withId(db, db.schema.createTable('weak_lax_criteria'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  // 排查: one row per organization and year; an empty list is a screening that found nothing.
  await withId(db, db.schema.createTable('weak_lax_screenings'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('party_orgs.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('screened_by', 'integer', (c) => c.references('users.id'))
    .addColumn('screened_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('weak_lax_screenings_org_year', ['org_id', 'year'])
    .execute();
  await db.schema.createIndex('weak_lax_screenings_year').on('weak_lax_screenings').columns(['year', 'org_id']).execute();

  // 认定 → 整顿 → 验收 → 巩固 → 销号: the designation carries the state (domain/weak-lax.ts).
  await withId(db, db.schema.createTable('weak_lax_designations'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('party_orgs.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('contact_leader', 'text', (c) => c.notNull())
    .addColumn('first_secretary', 'text')
    .addColumn('plan', 'text')
    .addColumn('accepted_on', 'text')
    .addColumn('look_back_on', 'text')
    .addColumn('designated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('designated_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('weak_lax_designations_org_year', ['org_id', 'year'])
    .execute();
  await db.schema.createIndex('weak_lax_designations_year').on('weak_lax_designations').columns(['year', 'status']).execute();

  // 验收: every attempt kept, passed or not.
  await withId(db, db.schema.createTable('weak_lax_acceptances'))
    .addColumn('designation_id', 'integer', (c) => c.notNull().references('weak_lax_designations.id').onDelete('cascade'))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('pass_score', 'integer', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('accepted_on', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('weak_lax_acceptances_designation').on('weak_lax_acceptances').column('designation_id').execute();

  // 回头看 after the year's watch: consolidated (closed) or relapsed (back to rectifying).
  await withId(db, db.schema.createTable('weak_lax_look_backs'))
    .addColumn('designation_id', 'integer', (c) => c.notNull().references('weak_lax_designations.id').onDelete('cascade'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // The ledger tasks of a designation: its measures (一村一策) and the scheduled 回头看.
  await db.schema
    .createTable('weak_lax_tasks')
    .addColumn('designation_id', 'integer', (c) => c.notNull().references('weak_lax_designations.id').onDelete('cascade'))
    // A draft measure deleted through the ledger leaves its plan.
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('weak_lax_tasks_pk', ['designation_id', 'task_id'])
    .execute();
  await db.schema.createIndex('weak_lax_tasks_task').on('weak_lax_tasks').column('task_id').unique().execute();

  // 标准化规范化建设: a yes/no checklist per organization category, and assessments against it.
  await withId(db, db.schema.createTable('standard_templates'))
    .addColumn('category', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await withId(db, db.schema.createTable('standard_assessments'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('party_orgs.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('template_id', 'integer', (c) => c.notNull().references('standard_templates.id'))
    .addColumn('met', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('met_count', 'integer', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('assessed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('standard_assessments_org_year', ['org_id', 'year'])
    .execute();
  await db.schema.createIndex('standard_assessments_year').on('standard_assessments').columns(['year', 'score']).execute();

  // 书记联系点: a committee secretary's linked branch.
  await withId(db, db.schema.createTable('liaison_points'))
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('party_orgs.id').onDelete('cascade'))
    .addColumn('branch_id', 'integer', (c) => c.notNull().references('party_orgs.id').onDelete('cascade'))
    .addColumn('secretary_name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('liaison_points_link', ['committee_id', 'branch_id', 'secretary_name'])
    .execute();
  await db.schema.createIndex('liaison_points_branch').on('liaison_points').column('branch_id').execute();

  // 村级集体经济: a village's yearly collective income, in whole yuan.
  await db.schema
    .createTable('collective_incomes')
    .addColumn('org_id', 'integer', (c) => c.notNull().references('party_orgs.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('income', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('collective_incomes_pk', ['org_id', 'year'])
    .execute();
  await db.schema.createIndex('collective_incomes_year').on('collective_incomes').columns(['year', 'income']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'collective_incomes',
    'liaison_points',
    'standard_assessments',
    'standard_templates',
    'weak_lax_tasks',
    'weak_lax_look_backs',
    'weak_lax_acceptances',
    'weak_lax_designations',
    'weak_lax_screenings',
    'weak_lax_criteria',
  ])
    await db.schema.dropTable(t).execute();
}
