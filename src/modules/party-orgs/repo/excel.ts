import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { base } from './party-orgs.ts';
import '../tables.ts';

export const excelRepo = {
  /** The organizations the actor sees, by name, for resolving 上级党组织. */
  registryNames(db: DbOrTx, actor: Actor) {
    return base(db, actor).select(['party_orgs.id', 'party_orgs.name']).execute();
  },

  async setParent(db: DbOrTx, id: number, parentId: number) {
    await db.updateTable('party_orgs').set({ parent_id: parentId }).where('id', '=', id).execute();
  },

  batchOrgs(db: DbOrTx, batchId: number) {
    return db.selectFrom('party_orgs').select(['id', 'name', 'host_unit_id']).where('import_batch_id', '=', batchId).orderBy('id').execute();
  },

  /** Organizations outside the batch hung below one of it, and batch organizations with term changes or tasks. */
  async batchInUse(db: DbOrTx, batchId: number) {
    const ids = db.selectFrom('party_orgs').select('id').where('import_batch_id', '=', batchId);
    const children = await db
      .selectFrom('party_orgs')
      .select(['id', 'name'])
      .where('parent_id', 'in', ids)
      .where((eb) => eb.or([eb('import_batch_id', 'is', null), eb('import_batch_id', '!=', batchId)]))
      .execute();
    const changes = await db.selectFrom('party_org_term_changes').select('org_id').where('org_id', 'in', ids).execute();
    const tasks = await db.selectFrom('party_org_tasks').select('org_id').where('org_id', 'in', ids).execute();
    return { children, used: changes.length + tasks.length };
  },

  async removeBatch(db: DbOrTx, batchId: number) {
    await db.updateTable('party_orgs').set({ parent_id: null }).where('import_batch_id', '=', batchId).execute();
    await db.deleteFrom('party_orgs').where('import_batch_id', '=', batchId).execute();
  },
};
