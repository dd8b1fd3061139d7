import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { filteredTasks, sorted, type TaskFilter } from '../repo/tasks.ts';
import type { TaskRow } from '../task-mapping.ts';
import type { NamedUnit } from '../../units/index.ts';

/** The SQL of the ledger's Excel views: export pages and what undoing an import removes (the batches are the import kit's). */
export const excelRepo = {
  /**
   * The ids of the list, in the list's order, with the list's filters and scope. One sort on the
   * database, a few bytes per task; rows are then read in pages by id.
   */
  async exportIds(db: DbOrTx, actor: Actor, f: TaskFilter, today: string): Promise<number[]> {
    const rows = await sorted(filteredTasks(db, actor, f, today), f.sort)
      .select('tasks.id')
      .execute();
    return rows.map((r) => r.id);
  },

  async rowsByIds(db: DbOrTx, ids: number[]): Promise<TaskRow[]> {
    if (!ids.length) return [];
    const rows = await db.selectFrom('tasks').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is TaskRow => r !== undefined);
  },

  /** Every unit by id, parent and name: names in a ledger are shown whatever the reader's scope, as the list does. */
  allUnits(db: DbOrTx): Promise<NamedUnit[]> {
    return db.selectFrom('units').select(['id', 'parent_id as parentId', 'name']).execute();
  },

  batchTasks(db: DbOrTx, batchId: number): Promise<TaskRow[]> {
    return db.selectFrom('tasks').selectAll().where('import_batch_id', '=', batchId).orderBy('id').execute();
  },

  /** Children that are not themselves part of the batch (someone added them under an imported draft). */
  foreignChildren(db: DbOrTx, batchId: number, parentIds: number[]) {
    if (!parentIds.length) return Promise.resolve([]);
    return db
      .selectFrom('tasks')
      .select(['id', 'title', 'parent_id'])
      .where('parent_id', 'in', parentIds)
      .where((eb) => eb.or([eb('import_batch_id', 'is', null), eb('import_batch_id', '!=', batchId)]))
      .execute();
  },

  /** Which of these tasks the actor may still see: the scope rule of every task read and delete. */
  async visibleTaskIds(db: DbOrTx, actor: Actor, ids: number[], today: string): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const rows = await filteredTasks(db, actor, { ids }, today).select('tasks.id').execute();
    return new Set(rows.map((r) => r.id));
  },

  /** Removes a source left without tasks (the one an import created for its rows). */
  async removeSourceIfEmpty(db: DbOrTx, sourceId: number): Promise<boolean> {
    const left = await db.selectFrom('tasks').select('id').where('source_id', '=', sourceId).limit(1).executeTakeFirst();
    if (left) return false;
    await db.deleteFrom('sources').where('id', '=', sourceId).execute();
    return true;
  },
};
