import type { DbOrTx } from './db/types.ts';

/** What the default issuer is built from: the root units and, under them, units named …组织部. */
export const issuerRepo = {
  async orgDepartmentCandidates(db: DbOrTx) {
    const roots = await db.selectFrom('units').select(['id', 'name']).where('parent_id', 'is', null).orderBy('sort_order').orderBy('id').execute();
    const depts = roots.length
      ? await db
          .selectFrom('units')
          .select(['name'])
          .where(
            'parent_id',
            'in',
            roots.map((r) => r.id),
          )
          .where('name', 'like', '%组织部')
          .orderBy('sort_order')
          .orderBy('id')
          .execute()
      : [];
    return { roots, depts };
  },
};
