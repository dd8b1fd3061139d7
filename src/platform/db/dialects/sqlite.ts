import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDialect, type Kysely } from 'kysely';

export function openSqlite(file: string) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  return { dialect: new SqliteDialect({ database: withStatementCache(database) }), raw: database };
}

/**
 * Kysely prepares every query anew; the ledger's few query shapes repeat thousands of times a
 * second, so keep their prepared statements (better-sqlite3 statements are reusable once run).
 */
function withStatementCache(database: Database.Database, max = 500): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string) => {
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source); // refresh its place: least recently used goes first
    } else {
      stmt = database.prepare(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, stmt);
    return stmt;
  };
  return new Proxy(database, {
    get: (target, prop) => {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A consistent online copy while the server keeps writing (SQLite's backup API). */
export async function backupSqlite(raw: Database.Database, out: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await raw.backup(out);
}

// SQLite writes are already serialized on its single connection: nothing to lock.
export async function lockAuditChain<DB>(_db: Kysely<DB>): Promise<void> {}
