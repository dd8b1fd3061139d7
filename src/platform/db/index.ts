import { Kysely } from 'kysely';
import type { Database as SqliteHandle } from 'better-sqlite3';
import type { Database, DialectName } from './types.ts';
import { openSqlite, backupSqlite } from './dialects/sqlite.ts';
import { openPostgres } from './dialects/postgres.ts';

export interface DbHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where it lives, for messages: a file path or the URL without its password. */
  location: string;
  backup(out: string): Promise<void>;
  close(): Promise<void>;
}

export interface DbTarget {
  sqliteFile?: string;
  postgresUrl?: string;
  poolSize?: number;
}

export function createDb(target: DbTarget): DbHandle {
  if (target.postgresUrl) {
    const { dialect } = openPostgres(target.postgresUrl, target.poolSize);
    const db = new Kysely<Database>({ dialect });
    return {
      db,
      dialect: 'postgres',
      location: redact(target.postgresUrl),
      backup: async () => {
        throw new Error('backup: for PostgreSQL use pg_dump (e.g. pg_dump -Fc -f luoshi.dump "$DATABASE_URL")');
      },
      close: () => db.destroy(),
    };
  }
  const file = target.sqliteFile!;
  const { dialect, raw } = openSqlite(file);
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    dialect: 'sqlite',
    location: file,
    backup: (out) => backupSqlite(raw as SqliteHandle, out),
    close: () => db.destroy(),
  };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export * from './types.ts';
export { withTx } from './tx.ts';
