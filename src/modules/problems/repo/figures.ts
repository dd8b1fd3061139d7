import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import type { ProblemStatus } from '../domain/index.ts';
import { base, statusSql } from './problems.ts';

/** Problems of one derived status, and how many of them are past their rectification deadline. */
export interface StatusCount {
  status: ProblemStatus;
  total: number;
  late: number;
}

/**
 * The problems the actor may see (inScope on ledger.read, as the list), each with its derived
 * status; counted in an outer query so both databases group on a plain column.
 */
function statused(db: DbOrTx, actor: Actor, today: string) {
  return base(db, actor).select([statusSql.as('status'), sql<number>`case when problems.deadline < ${today} then 1 else 0 end`.as('late')]);
}

const toCount = (r: { status: string; total: number | string | bigint; late: number | string | bigint | null }): StatusCount => ({
  status: r.status as ProblemStatus,
  total: Number(r.total),
  late: Number(r.late ?? 0),
});

export const problemFiguresRepo = {
  /** Counts by status in a unit's subtree (undefined: everything the actor sees). */
  async byStatus(db: DbOrTx, actor: Actor, unitId: number | undefined, today: string): Promise<StatusCount[]> {
    let inner = statused(db, actor, today);
    if (unitId !== undefined)
      inner = inner.where('problems.unit_id', 'in', (eb) =>
        eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId),
      );
    const rows = await db
      .selectFrom(inner.as('p'))
      .select(['p.status', (eb) => eb.fn.countAll<number>().as('total'), (eb) => eb.fn.sum<number>('p.late').as('late')])
      .groupBy('p.status')
      .execute();
    return rows.map(toCount);
  },

  /** The same per child unit (each child's whole subtree), keyed by the child's id. */
  async byStatusPerChild(db: DbOrTx, actor: Actor, childIds: number[], today: string): Promise<Map<number, StatusCount[]>> {
    const out = new Map<number, StatusCount[]>(childIds.map((id) => [id, []]));
    if (!childIds.length) return out;
    const inner = statused(db, actor, today)
      .innerJoin('unit_closure as uc', 'uc.descendant_id', 'problems.unit_id')
      .where('uc.ancestor_id', 'in', childIds)
      .select('uc.ancestor_id as child_id');
    const rows = await db
      .selectFrom(inner.as('p'))
      .select(['p.child_id', 'p.status', (eb) => eb.fn.countAll<number>().as('total'), (eb) => eb.fn.sum<number>('p.late').as('late')])
      .groupBy(['p.child_id', 'p.status'])
      .execute();
    for (const r of rows) out.get(Number(r.child_id))?.push(toCount(r));
    return out;
  },
};
