import type { Insertable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import type { InstructionTable } from '../tables.ts';

const columns = [
  'id',
  'target_kind',
  'task_id',
  'source_id',
  'figure_key',
  'figure_label',
  'figure_unit_id',
  'text',
  'author_name',
  'unit_name',
  'converted_source_id',
  'created_at',
] as const;

/** 批示 rows. Who may read one is the task's or source's rule: callers check that first. */
export const instructionRepo = {
  async insert(db: DbOrTx, row: Insertable<InstructionTable>): Promise<number> {
    const { id } = await db.insertInto('instructions').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  /** A target's 批示, oldest first (they read as a conversation). */
  list(db: DbOrTx, target: { taskId: number } | { sourceId: number }) {
    const q = db.selectFrom('instructions').select(columns);
    return ('taskId' in target ? q.where('task_id', '=', target.taskId) : q.where('source_id', '=', target.sourceId)).orderBy('id').execute();
  },

  /** The 批示 on the figures of one scope's dashboard (a unit, or null: the city's), newest first. */
  onFigures(db: DbOrTx, unitId: number | null, limit: number) {
    const q = db.selectFrom('instructions').select(columns).where('target_kind', '=', 'figure');
    return (unitId === null ? q.where('figure_unit_id', 'is', null) : q.where('figure_unit_id', '=', unitId)).orderBy('id', 'desc').limit(limit).execute();
  },

  get(db: DbOrTx, id: number) {
    return db.selectFrom('instructions').select(columns).where('id', '=', id).executeTakeFirst();
  },

  /** Marks the 批示 converted, only if it was not already: false when another request got there first. */
  async markConverted(db: DbOrTx, id: number, sourceId: number): Promise<boolean> {
    const r = await db
      .updateTable('instructions')
      .set({ converted_source_id: sourceId })
      .where('id', '=', id)
      .where('converted_source_id', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** The lead units of a source's tasks: whose supervisors hear of a 批示 on it. */
  async sourceLeadUnits(db: DbOrTx, sourceId: number): Promise<number[]> {
    const rows = await db
      .selectFrom('tasks')
      .select('lead_unit_id')
      .distinct()
      .where('source_id', '=', sourceId)
      .where('lead_unit_id', 'is not', null)
      .execute();
    return rows.map((r) => r.lead_unit_id!);
  },
};
