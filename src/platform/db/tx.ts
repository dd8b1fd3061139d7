import type { Kysely } from 'kysely';
import type { Database, Tx } from './types.ts';

/** Runs fn in a transaction, or inside the caller's one when it already holds a transaction. */
export function withTx<T>(db: Kysely<Database>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Tx);
  return db.transaction().execute(fn);
}
