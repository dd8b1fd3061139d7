import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDialect, sql, type Kysely } from 'kysely';

export function openSqlite(file: string) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  return { dialect: new SqliteDialect({ database }), raw: database };
}

/** A consistent online copy while the server keeps writing (SQLite's backup API). */
export async function backupSqlite(raw: Database.Database, out: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await raw.backup(out);
}

// SQLite writes are already serialized on its single connection: nothing to lock.
export async function lockAuditChain(_db: Kysely<any>): Promise<void> {}

export const sqliteNow = () => sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;
