/**
 * The only place that branches on the SQL dialect. Everything else writes portable Kysely.
 */
import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';
import type { DialectName } from '../types.ts';
import * as sqlite from './sqlite.ts';
import * as postgres from './postgres.ts';

export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Adds an auto-incrementing integer primary key named `id`. */
export function withId<T extends string, C extends string>(db: Kysely<any>, table: CreateTableBuilder<T, C>) {
  return dialectOf(db) === 'postgres'
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Text that sorts and compares byte-wise on both databases (paths, codes). */
export function binaryText(db: Kysely<any>, c: ColumnDefinitionBuilder): ColumnDefinitionBuilder {
  return dialectOf(db) === 'postgres' ? c.modifyEnd(sql.raw('collate "C"')) : c;
}

export function lockAuditChain(db: Kysely<any>): Promise<void> {
  return dialectOf(db) === 'postgres' ? postgres.lockAuditChain(db) : sqlite.lockAuditChain(db);
}

/** Case-insensitive LIKE: ILIKE on PostgreSQL; SQLite's LIKE already ignores ASCII case. */
export function likeOperator(db: Kysely<any>): 'ilike' | 'like' {
  return dialectOf(db) === 'postgres' ? 'ilike' : 'like';
}

export { sqlite, postgres };

/**
 * A column reference the planner must not answer from its own index. SQLite reads a unary `+`
 * that way (its documented hint); PostgreSQL plans by cost and needs no hint.
 */
export function unindexed(db: Kysely<any>, column: string) {
  return dialectOf(db) === 'sqlite' ? sql`+${sql.ref(column)}` : sql.ref(column);
}
