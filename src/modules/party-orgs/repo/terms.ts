import type { DbOrTx } from '../../../platform/db/types.ts';
import type { PartyOrgTermChangeTable } from '../tables.ts';
import '../tables.ts';

export const termRepo = {
  changes(db: DbOrTx, orgId: number) {
    return db.selectFrom('party_org_term_changes').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
  },

  async insertChange(db: DbOrTx, row: Omit<PartyOrgTermChangeTable, 'id'>): Promise<number> {
    const { id } = await db.insertInto('party_org_term_changes').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  onDefaultLength(db: DbOrTx) {
    return db
      .selectFrom('party_orgs')
      .select(['id', 'kind', 'category', 'term_start', 'term_years', 'term_end'])
      .where('term_years', 'is', null)
      .where('term_start', 'is not', null)
      .execute();
  },

  /** Writes the derived end only (no version bump: it follows settings or an approved change). */
  async setTermEnd(db: DbOrTx, id: number, termEnd: string | null, now: string) {
    await db.updateTable('party_orgs').set({ term_end: termEnd, updated_at: now }).where('id', '=', id).execute();
  },
};
