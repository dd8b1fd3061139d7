import type { Kysely } from 'kysely';

/**
 * A 批示 on a dashboard figure (target_kind 'figure': figure_key is the list the figure opens,
 * figure_label its words as the leader saw them) belongs to the figure's scope: the unit whose
 * dashboard showed it, or none for the whole city. Who may read it and whom it reaches follow that unit.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('instructions')
    .addColumn('figure_unit_id', 'integer', (c) => c.references('units.id'))
    .execute();
  await db.schema.createIndex('instructions_figure').on('instructions').columns(['target_kind', 'figure_unit_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('instructions_figure').execute();
  await db.schema.alterTable('instructions').dropColumn('figure_unit_id').execute();
}
