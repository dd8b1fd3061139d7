import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { rollupDelta, type LedgerTask, type LightRules } from '../domain/index.ts';
import { NEVER } from '../migrations/20261125-0100-ledger.ts';

/** Applies one task write to the roll-up counters, inside the write's transaction. */
export async function applyRollup(db: DbOrTx, before: LedgerTask | null, after: LedgerTask | null, rules: LightRules): Promise<void> {
  for (const { key, delta } of rollupDelta(before, after, rules)) {
    if (delta === 0) continue;
    const row = {
      unit_id: Number(key.unitId),
      part: key.as,
      status: key.status,
      yellow_from: key.yellowFrom ?? NEVER,
      red_from: key.redFrom ?? NEVER,
      count: delta,
    };
    await db
      .insertInto('ledger_rollups')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['unit_id', 'part', 'status', 'yellow_from', 'red_from']).doUpdateSet({ count: sql`ledger_rollups.count + ${delta}` }),
      )
      .execute();
  }
}

export interface RollupFilter {
  /** Units whose counters count (already resolved: a subtree ∩ the actor's scope), or 'all'. */
  units: 'all' | { subtreeOf: number[] };
  part: 'lead' | 'supporting';
  statuses?: string[];
}

/** Sums counters by status and light on `today`: the exact figures without scanning tasks. */
export async function rollupTotals(db: DbOrTx, f: RollupFilter, today: string) {
  let q = db
    .selectFrom('ledger_rollups')
    .select([
      'status',
      sql<number>`sum(case when red_from <= ${today} then count else 0 end)`.as('red'),
      sql<number>`sum(case when red_from > ${today} and yellow_from <= ${today} then count else 0 end)`.as('yellow'),
      sql<number>`sum(count)`.as('total'),
    ])
    .where('part', '=', f.part)
    .groupBy('status');
  if (f.units !== 'all') {
    const roots = f.units.subtreeOf;
    q = q.where('unit_id', 'in', (eb) => eb.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', 'in', roots));
  }
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  const rows = await q.execute();
  return rows.map((r) => ({ status: r.status, total: Number(r.total), red: Number(r.red), yellow: Number(r.yellow) }));
}
