import type { DbOrTx } from './db/types.ts';

/** The two reads the demo loader makes itself; the modules' seeds go through their own repos. */
export const seedRepo = {
  userIdByName(db: DbOrTx, username: string) {
    return db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  },

  async unitCount(db: DbOrTx): Promise<number> {
    const units = await db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(units.n);
  },
};
