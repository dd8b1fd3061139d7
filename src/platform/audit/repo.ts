import type { DbOrTx } from '../db/types.ts';
import type { ChainedFields } from './chain.ts';

/** The audit_log chain; the settings rows that guard it (key fingerprint, head) go through settingsRepo. */
export const auditRepo = {
  last(db: DbOrTx) {
    return db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  },

  first(db: DbOrTx) {
    return db.selectFrom('audit_log').select('id').orderBy('id').limit(1).executeTakeFirst();
  },

  hashOf(db: DbOrTx, id: number) {
    return db.selectFrom('audit_log').select('hash').where('id', '=', id).executeTakeFirst();
  },

  /** Up to `limit` rows after `afterId`, in id order. */
  page(db: DbOrTx, afterId: number, limit: number) {
    return db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
  },

  async append(db: DbOrTx, row: ChainedFields & { hash: string }): Promise<number> {
    const { id } = await db.insertInto('audit_log').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },
};
