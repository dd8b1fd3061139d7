import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { rollupKeys, type LedgerTask, type LightRules, type RollupKey } from '../domain/index.ts';
import { NEVER } from '../migrations/20261125-0100-ledger.ts';
import { applyFacts, rebuildFacts } from './facts.ts';

/**
 * Roll-up counters are kept per ANCESTOR: a task counts in its own unit's row and in every unit
 * above it. A subtree's figure is then one unit's rows, not a sum over thousands of units, so the
 * ledger's total and the city dashboard read a few hundred counter rows at most. A task counts once
 * per ancestor and part even when several of its supporting units share that ancestor.
 * (Moving a unit in the tree changes its ancestors: the ledger rebuilds the counters then.)
 */
type Key = { unitId: number; part: string; status: string; yellowFrom: string; redFrom: string };
const idOf = (k: Key) => `${k.unitId}|${k.part}|${k.status}|${k.yellowFrom}|${k.redFrom}`;

/** Every ancestor of each unit (itself included), from the closure table in one query. */
export async function ancestorsOf(db: DbOrTx, unitIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (!unitIds.length) return out;
  const rows = await db.selectFrom('unit_closure').select(['descendant_id', 'ancestor_id']).where('descendant_id', 'in', unitIds).execute();
  for (const r of rows) out.set(r.descendant_id, [...(out.get(r.descendant_id) ?? []), r.ancestor_id]);
  return out;
}

function expand(keys: RollupKey[], ancestors: Map<number, number[]>): Map<string, Key> {
  const out = new Map<string, Key>();
  for (const k of keys) {
    for (const unitId of ancestors.get(Number(k.unitId)) ?? []) {
      const key = { unitId, part: k.as, status: k.status, yellowFrom: k.yellowFrom ?? NEVER, redFrom: k.redFrom ?? NEVER };
      out.set(idOf(key), key);
    }
  }
  return out;
}

/** Applies one task write to the roll-up counters, inside the write's transaction. */
export async function applyRollup(db: DbOrTx, before: LedgerTask | null, after: LedgerTask | null, rules: LightRules, sourceId: number | null): Promise<void> {
  const beforeKeys = before ? rollupKeys(before, rules) : [];
  const afterKeys = after ? rollupKeys(after, rules) : [];
  const units = [...new Set([...beforeKeys, ...afterKeys].map((k) => Number(k.unitId)))];
  const ancestors = await ancestorsOf(db, units);
  await applyFacts(db, before, after, rules, sourceId, (u) => ancestors.get(u) ?? []);
  const deltas = new Map<string, { key: Key; delta: number }>();
  for (const [keys, delta] of [
    [expand(beforeKeys, ancestors), -1],
    [expand(afterKeys, ancestors), +1],
  ] as const) {
    for (const [id, key] of keys) {
      const d = deltas.get(id) ?? { key, delta: 0 };
      d.delta += delta;
      deltas.set(id, d);
    }
  }
  const counts = new Map<string, { unitId: number; part: string; status: string; delta: number }>();
  for (const { key, delta } of deltas.values()) {
    if (delta === 0) continue;
    const id = `${key.unitId}|${key.part}|${key.status}`;
    const c = counts.get(id) ?? { unitId: key.unitId, part: key.part, status: key.status, delta: 0 };
    c.delta += delta;
    counts.set(id, c);
    await db
      .insertInto('ledger_rollups')
      .values({ unit_id: key.unitId, part: key.part, status: key.status, yellow_from: key.yellowFrom, red_from: key.redFrom, count: delta })
      .onConflict((oc) => oc.columns(['unit_id', 'part', 'status', 'yellow_from', 'red_from']).doUpdateSet({ count: sql`ledger_rollups.count + ${delta}` }))
      .execute();
  }
  for (const c of counts.values()) {
    if (c.delta === 0) continue;
    await db
      .insertInto('ledger_counts')
      .values({ unit_id: c.unitId, part: c.part, status: c.status, count: c.delta })
      .onConflict((oc) => oc.columns(['unit_id', 'part', 'status']).doUpdateSet({ count: sql`ledger_counts.count + ${c.delta}` }))
      .execute();
  }
}

/** Recounts every counter from the tasks (after a unit moves, or when the light rules change). */
export async function rebuildRollups(db: DbOrTx): Promise<void> {
  await db.deleteFrom('ledger_rollups').execute();
  await sql`insert into ledger_rollups (unit_id, part, status, yellow_from, red_from, count)
    select c.ancestor_id, 'lead', t.status, t.yellow_from, t.red_from, count(*)
    from tasks t join unit_closure c on c.descendant_id = t.lead_unit_id
    group by c.ancestor_id, t.status, t.yellow_from, t.red_from`.execute(db);
  await sql`insert into ledger_rollups (unit_id, part, status, yellow_from, red_from, count)
    select a.ancestor_id, 'supporting', a.status, a.yellow_from, a.red_from, count(*) from (
      select distinct c.ancestor_id, t.id, t.status, t.yellow_from, t.red_from
      from tasks t join task_units tu on tu.task_id = t.id join unit_closure c on c.descendant_id = tu.unit_id
      where t.lead_unit_id is null or tu.unit_id <> t.lead_unit_id) a
    group by a.ancestor_id, a.status, a.yellow_from, a.red_from`.execute(db);
  await rebuildFacts(db);
  await db.deleteFrom('ledger_counts').execute();
  await sql`insert into ledger_counts (unit_id, part, status, count)
    select unit_id, part, status, sum(count) from ledger_rollups group by unit_id, part, status`.execute(db);
}

/** Tasks per status in a unit's subtree (or the whole tree), without lights: one row per status. */
export async function countTotals(db: DbOrTx, f: RollupFilter): Promise<number> {
  let q = db
    .selectFrom('ledger_counts')
    .select(sql<number>`coalesce(sum(count), 0)`.as('n'))
    .where('part', '=', f.part);
  q = f.unit === 'all' ? q.where('unit_id', 'in', (eb) => eb.selectFrom('units').select('id').where('parent_id', 'is', null)) : q.where('unit_id', '=', f.unit);
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  if (f.hideDrafts) q = q.where('status', '!=', 'draft');
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export interface RollupFilter {
  /** The unit whose subtree is counted, or 'all' (the roots of the tree). */
  unit: number | 'all';
  part: 'lead' | 'supporting';
  statuses?: string[];
  /** For readers who do not see drafts (see seesDrafts): leave draft counters out. */
  hideDrafts?: boolean;
}

/** The same figures for several units at once (a scope's children): one query, not one per unit. */
export async function rollupTotalsByUnit(db: DbOrTx, unitIds: number[], part: 'lead' | 'supporting', today: string, hideDrafts = false) {
  const out = new Map<number, { status: string; total: number; red: number; yellow: number }[]>(unitIds.map((id) => [id, []]));
  if (!unitIds.length) return out;
  let q = db
    .selectFrom('ledger_rollups')
    .select([
      'unit_id',
      'status',
      sql<number>`sum(case when red_from <= ${today} then count else 0 end)`.as('red'),
      sql<number>`sum(case when red_from > ${today} and yellow_from <= ${today} then count else 0 end)`.as('yellow'),
      sql<number>`sum(count)`.as('total'),
    ])
    .where('part', '=', part)
    .where('unit_id', 'in', unitIds)
    .groupBy(['unit_id', 'status']);
  if (hideDrafts) q = q.where('status', '!=', 'draft');
  for (const r of await q.execute()) out.get(r.unit_id)?.push({ status: r.status, total: Number(r.total), red: Number(r.red), yellow: Number(r.yellow) });
  return out;
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
  q = f.unit === 'all' ? q.where('unit_id', 'in', (eb) => eb.selectFrom('units').select('id').where('parent_id', 'is', null)) : q.where('unit_id', '=', f.unit);
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  if (f.hideDrafts) q = q.where('status', '!=', 'draft');
  const rows = await q.execute();
  return rows.map((r) => ({ status: r.status, total: Number(r.total), red: Number(r.red), yellow: Number(r.yellow) }));
}
