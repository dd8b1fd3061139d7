/**
 * The only place that branches on the SQL dialect. Everything else writes portable Kysely.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';
import type { DialectName } from '../types.ts';
import * as sqlite from './sqlite.ts';
import * as postgres from './postgres.ts';

export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Adds an auto-incrementing integer primary key named `id`. */
export function withId<DB, T extends string, C extends string>(db: Kysely<DB>, table: CreateTableBuilder<T, C>) {
  return dialectOf(db) === 'postgres'
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

export function lockAuditChain<DB>(db: Kysely<DB>): Promise<void> {
  return dialectOf(db) === 'postgres' ? postgres.lockAuditChain(db) : sqlite.lockAuditChain(db);
}

/** Case-insensitive LIKE: ILIKE on PostgreSQL; SQLite's LIKE already ignores ASCII case. */
export function likeOperator<DB>(db: Kysely<DB>): 'ilike' | 'like' {
  return dialectOf(db) === 'postgres' ? 'ilike' : 'like';
}

export { sqlite, postgres };

/**
 * A column reference the planner must not answer from its own index. SQLite reads a unary `+`
 * that way (its documented hint); PostgreSQL plans by cost and needs no hint.
 */
export function unindexed<DB>(db: Kysely<DB>, column: string) {
  return dialectOf(db) === 'sqlite' ? sql`+${sql.ref(column)}` : sql.ref(column);
}

/**
 * A JSON array of objects aggregated over a subquery's rows, e.g. a task's supporting units with
 * their names inside the page query itself (one round trip instead of two). Read it with parseJsonColumn.
 */
export function jsonObjectAgg<DB>(db: Kysely<DB>, fields: Record<string, string>) {
  const pairs = sql.join(Object.entries(fields).map(([k, col]) => sql`${sql.lit(k)}, ${sql.ref(col)}`));
  return dialectOf(db) === 'postgres' ? sql`coalesce(json_agg(json_build_object(${pairs})), '[]'::json)` : sql`json_group_array(json_object(${pairs}))`;
}

/** SQLite hands JSON back as text, PostgreSQL's driver as parsed values. */
export function parseJsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
