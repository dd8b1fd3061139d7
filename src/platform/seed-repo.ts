import type { DbOrTx } from './db/types.ts';

/** The reads the demo loader and the seeds' shared helpers make; the rest of the modules' seeds go through their own repos. */
export const seedRepo = {
  userIdByName(db: DbOrTx, username: string) {
    return db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  },

  units(db: DbOrTx) {
    return db.selectFrom('units').select(['id', 'name']).execute();
  },

  async unitCount(db: DbOrTx): Promise<number> {
    const units = await db
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(units.n);
  },
};
