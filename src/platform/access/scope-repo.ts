import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../db/types.ts';
import type { Actor } from './actor.ts';
import { resolveScope } from './scope.ts';

// SQL-layer code: inScope runs no query of its own but builds the expression every repo puts in its
// where(), so it lives under the name the SQL-in-repos rule allows (*-repo.ts), beside the pure
// resolveScope (scope.ts) that services and the event stream use without touching Kysely.

export interface ScopeColumns {
  /** The column holding the unit a row belongs to, e.g. 'tasks.lead_unit_id'. */
  unit: string;
  /** The column holding the user a row belongs to, for the 'self' scope. */
  owner?: string;
}

/**
 * The one data-scope filter every list and read uses:
 *   qb.where((eb) => inScope(eb, actor, 'ledger.read', { unit: 'tasks.lead_unit_id' }))
 * A unitAndBelow grant is an indexed semi-join on the closure table; no SQL is built from strings.
 */
export function inScope<DB extends Database, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  actor: Actor,
  permission: string,
  cols: ScopeColumns,
): Expression<SqlBool> {
  const scope = resolveScope(actor, permission);
  if (scope.all) return sql<SqlBool>`1 = 1`;
  const unitRef = sql.ref(cols.unit);
  const parts: Expression<SqlBool>[] = [];
  if (scope.subtrees.length) {
    const sub = (eb as unknown as ExpressionBuilder<Database, never>)
      .selectFrom('unit_closure')
      .select('unit_closure.descendant_id')
      .where('unit_closure.ancestor_id', 'in', scope.subtrees);
    parts.push(sql<SqlBool>`${unitRef} in (${sub})`);
  }
  const units = [...scope.units];
  if (scope.self && !cols.owner) units.push(actor.unitId);
  if (units.length) parts.push(sql<SqlBool>`${unitRef} in (${sql.join(units)})`);
  if (scope.self && cols.owner) parts.push(sql<SqlBool>`${sql.ref(cols.owner)} = ${actor.userId}`);
  if (!parts.length) return sql<SqlBool>`1 = 0`;
  return parts.length === 1 ? parts[0] : eb.or(parts as never);
}
