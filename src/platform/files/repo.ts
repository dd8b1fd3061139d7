import type { Selectable } from 'kysely';
import type { DbOrTx, FileTable } from '../db/types.ts';

/** A stored file's record as the rest of the platform sees it: the table's row, not a second copy of it. */
export type FileMeta = Selectable<FileTable>;

/** The only SQL on the `files` table (the platform's: src/migrations/20261125-0002-files.ts). */
export const fileRepo = {
  async insert(tx: DbOrTx, f: { sha256: string; name: string; mime: string; size: number; createdBy: number | null; at: string }): Promise<number> {
    const { id } = await tx
      .insertInto('files')
      .values({ sha256: f.sha256, name: f.name, mime: f.mime, size: f.size, created_by: f.createdBy, created_at: f.at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  meta(db: DbOrTx, id: number): Promise<FileMeta | undefined> {
    return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  },

  metas(db: DbOrTx, ids: readonly number[]): Promise<FileMeta[]> {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('files')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute();
  },
};
