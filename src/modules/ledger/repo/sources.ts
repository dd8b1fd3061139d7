import type { Insertable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import type { SourceTable } from '../tables.ts';

export const sourceRepo = {
  async insert(db: DbOrTx, row: Insertable<SourceTable>): Promise<number> {
    const { id } = await db.insertInto('sources').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  async list(db: DbOrTx, paging: Paging, kind?: string) {
    let q = db.selectFrom('sources');
    if (kind) q = q.where('kind', '=', kind);
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const items = await q
      .select((eb) => [
        'sources.id',
        'sources.kind',
        'sources.title',
        'sources.date',
        'sources.issuer',
        'sources.created_at as createdAt',
        eb.selectFrom('tasks').select(eb.fn.countAll<number>().as('c')).whereRef('tasks.source_id', '=', 'sources.id').as('taskCount'),
      ])
      .orderBy('sources.id', 'desc')
      .limit(paging.pageSize)
      .offset(offsetOf(paging))
      .execute();
    return { total: Number(n), items: items.map((i) => ({ ...i, taskCount: Number(i.taskCount) })) };
  },

  get(db: DbOrTx, id: number) {
    return db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  },
};
