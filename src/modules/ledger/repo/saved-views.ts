import type { DbOrTx } from '../../../platform/db/types.ts';

export interface SavedView {
  id: number;
  name: string;
  /** The ledger URL's query string. */
  query: string;
  columns: string[];
  createdAt: string;
}

interface Row {
  id: number;
  name: string;
  query: string;
  columns: string;
  created_at: string;
}

function present(r: Row): SavedView {
  let columns: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.columns);
    if (Array.isArray(parsed)) columns = parsed.filter((c): c is string => typeof c === 'string');
  } catch {
    /* a damaged value reads as no columns */
  }
  return { id: r.id, name: r.name, query: r.query, columns, createdAt: r.created_at };
}

const cols = ['id', 'name', 'query', 'columns', 'created_at'] as const;

/** 常用视图: named ledger filters per user. Every read is narrowed to the owner. */
export const savedViewRepo = {
  async list(db: DbOrTx, userId: number): Promise<SavedView[]> {
    const rows = await db.selectFrom('saved_views').select(cols).where('user_id', '=', userId).orderBy('id').execute();
    return rows.map(present);
  },
  async byName(db: DbOrTx, userId: number, name: string): Promise<SavedView | undefined> {
    const row = await db.selectFrom('saved_views').select(cols).where('user_id', '=', userId).where('name', '=', name).executeTakeFirst();
    return row && present(row);
  },
  async insert(db: DbOrTx, userId: number, v: { name: string; query: string; columns: string[] }, at: string): Promise<SavedView> {
    const row = await db
      .insertInto('saved_views')
      .values({ user_id: userId, name: v.name, query: v.query, columns: JSON.stringify(v.columns), created_at: at })
      .returning(cols)
      .executeTakeFirstOrThrow();
    return present(row);
  },
  /** True when the user's own view was removed. */
  async remove(db: DbOrTx, userId: number, id: number): Promise<boolean> {
    const r = await db.deleteFrom('saved_views').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
