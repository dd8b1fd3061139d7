import type { DbOrTx } from '../../db/types.ts';

/** The SQL of import batches: one row per import of any module, keyed by the module's `kind`. */
export const batchRepo = {
  async insert(db: DbOrTx, row: { kind: string; fileName: string | null; rows: number; createdBy: number | null; at: string }): Promise<number> {
    const { id } = await db
      .insertInto('import_batches')
      .values({ kind: row.kind, file_name: row.fileName, rows: row.rows, created_by: row.createdBy, created_at: row.at, undone_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  get(db: DbOrTx, id: number) {
    return db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** The importer's most recent batch of this kind not yet undone. */
  lastOf(db: DbOrTx, kind: string, createdBy: number | null) {
    let q = db.selectFrom('import_batches').selectAll().where('undone_at', 'is', null).where('kind', '=', kind);
    q = createdBy === null ? q.where('created_by', 'is', null) : q.where('created_by', '=', createdBy);
    return q.orderBy('id', 'desc').limit(1).executeTakeFirst();
  },

  async markUndone(db: DbOrTx, id: number, at: string) {
    await db.updateTable('import_batches').set({ undone_at: at }).where('id', '=', id).execute();
  },
};

export type ImportBatch = NonNullable<Awaited<ReturnType<typeof batchRepo.get>>>;
