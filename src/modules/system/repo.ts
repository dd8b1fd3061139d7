import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/types.ts';

export const systemRepo = {
  /** The cheapest round trip that proves the database answers. */
  async ping(db: DbOrTx): Promise<void> {
    await sql`select 1`.execute(db);
  },
};
