import { sql, type ExpressionBuilder, type Insertable, type SqlBool, type Expression } from 'kysely';
import type { Database, DbOrTx } from '../../../platform/db/types.ts';
import { resolveScope, type Actor } from '../../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import type { SourceTable } from '../tables.ts';
import { filteredTasks, seesDrafts } from './tasks.ts';

/**
 * A source is seen by whoever sees one of its tasks (the ledger's own scoped query, so drafts stay
 * with the organization department); a city-wide manager sees every source, any manager those it created.
 */
function visible(db: DbOrTx, actor: Actor, today: string) {
  return (eb: ExpressionBuilder<Database, 'sources'>): Expression<SqlBool> => {
    if (seesDrafts(actor) && resolveScope(actor, 'ledger.manage').all) return sql<SqlBool>`1 = 1`;
    const viaTask = eb.exists(
      filteredTasks(db, actor, {}, today)
        .select('tasks.id')
        .whereRef('tasks.source_id', '=', 'sources.id' as never) as never,
    );
    return seesDrafts(actor) && actor.userId ? eb.or([viaTask, eb('sources.created_by', '=', actor.userId)]) : viaTask;
  };
}

/** What a list of sources shows of each: its head and how many tasks it has. */
const summaryColumns = (eb: ExpressionBuilder<Database, 'sources'>) => [
  'sources.id' as const,
  'sources.kind' as const,
  'sources.title' as const,
  'sources.date' as const,
  'sources.issuer' as const,
  'sources.created_at as createdAt' as const,
  eb
    .selectFrom('tasks')
    .select(eb.fn.countAll<number>().as('c'))
    .whereRef('tasks.source_id', '=', 'sources.id' as never)
    .as('taskCount'),
];

export const sourceRepo = {
  /** A source's tasks in outline order, with what dispatching them needs. */
  async tasksInOrder(db: DbOrTx, sourceId: number) {
    return db.selectFrom('tasks').select(['id', 'title', 'lead_unit_id']).where('source_id', '=', sourceId).orderBy('sort_key').execute();
  },
  /** The source of a kind with exactly this title (the oldest), for a module that files its tasks under one. */
  async byTitle(db: DbOrTx, kind: string, title: string): Promise<number | undefined> {
    const r = await db.selectFrom('sources').select('id').where('kind', '=', kind).where('title', '=', title).orderBy('id').executeTakeFirst();
    return r?.id;
  },
  async insert(db: DbOrTx, row: Insertable<SourceTable>): Promise<number> {
    const { id } = await db.insertInto('sources').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  async updateMeta(db: DbOrTx, id: number, set: { title: string; date: string | null; issuer: string | null; updated_at: string }) {
    await db
      .updateTable('sources')
      .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  },

  async list(db: DbOrTx, actor: Actor, today: string, paging: Paging, kind?: string) {
    let q = db.selectFrom('sources').where(visible(db, actor, today));
    if (kind) q = q.where('kind', '=', kind);
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const items = await q.select(summaryColumns).orderBy('sources.id', 'desc').limit(paging.pageSize).offset(offsetOf(paging)).execute();
    return { total: Number(n), items: items.map(withCount) };
  },

  /**
   * Sources this actor sees whose title, or whose whole text, is the given one (newest first, at most
   * `limit` each): entering the same document twice would split its tasks over two ledgers.
   */
  async sameAs(db: DbOrTx, actor: Actor, today: string, by: { title?: string; text?: string }, limit: number) {
    const find = (column: 'title' | 'text', value: string) =>
      db
        .selectFrom('sources')
        .where(visible(db, actor, today))
        .where(column, '=', value)
        .select(summaryColumns)
        .orderBy('sources.id', 'desc')
        .limit(limit)
        .execute();
    const none: Awaited<ReturnType<typeof find>> = [];
    const [byTitle, byText] = await Promise.all([by.title ? find('title', by.title) : none, by.text ? find('text', by.text) : none]);
    return { byTitle: byTitle.map(withCount), byText: byText.map(withCount) };
  },

  get(db: DbOrTx, id: number) {
    return db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  },

  withFile(db: DbOrTx, fileId: number) {
    return db.selectFrom('sources').select('id').where('file_id', '=', fileId).execute();
  },

  /** Those of `ids` this actor may see (see `visible`): what a reference to a source may name. */
  async visibleIds(db: DbOrTx, actor: Actor, today: string, ids: number[]): Promise<number[]> {
    if (!ids.length) return [];
    return (
      await db
        .selectFrom('sources')
        .select('id')
        .where('id', 'in', ids)
        .where(visible(db, actor, today))
        .execute()
    ).map((r) => r.id);
  },

  /** The source if this actor may see it (see `visible`), else undefined: a 404 for the caller. */
  getScoped(db: DbOrTx, actor: Actor, today: string, id: number) {
    return db
      .selectFrom('sources')
      .selectAll()
      .where('id', '=', id)
      .where(visible(db, actor, today))
      .executeTakeFirst();
  },
};

const withCount = <T extends { taskCount: unknown }>(i: T) => ({ ...i, taskCount: Number(i.taskCount) });
