import type { DbOrTx } from './db/types.ts';

/** Small JSON settings (policies, counters); values are validated by their owners. */
export async function readSetting<T>(db: DbOrTx, key: string, fallback: T): Promise<T> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? ({ ...fallback, ...(JSON.parse(row.value) as object) } as T) : fallback;
}

export async function writeSetting(db: DbOrTx, key: string, value: unknown, at: Date): Promise<void> {
  const json = JSON.stringify(value);
  const updated_at = at.toISOString();
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at }))
    .execute();
}
