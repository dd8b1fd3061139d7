import type { Kysely } from 'kysely';

/** A saved view's name is unique per user: the route answers 409 first, the index guards concurrent saves. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('saved_views_user_name').unique().on('saved_views').columns(['user_id', 'name']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('saved_views_user_name').execute();
}
