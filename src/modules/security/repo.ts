import type { DbOrTx } from '../../platform/db/types.ts';

/** The roles as the security administrator lists and grants them. */
export const securityRepo = {
  roles(db: DbOrTx) {
    return db.selectFrom('roles').selectAll().orderBy('id').execute();
  },

  roleCodes(db: DbOrTx) {
    return db.selectFrom('roles').select(['id', 'code']).execute();
  },
};
