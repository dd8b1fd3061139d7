import type { DbOrTx } from './db/types.ts';

/** The settings table: one text value per key (JSON for settings.ts, plain text for the audit chain's rows). */
export const settingsRepo = {
  get(db: DbOrTx, key: string) {
    return db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  },

  async put(db: DbOrTx, key: string, value: string, at: string) {
    await db
      .insertInto('settings')
      .values({ key, value, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
      .execute();
  },

  /** Writes a setting only if it is not there yet. */
  async keepFirst(db: DbOrTx, key: string, value: string, at: string) {
    await db
      .insertInto('settings')
      .values({ key, value, updated_at: at })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  },
};
