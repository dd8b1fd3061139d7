import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { lightThresholds, statusOf, type LedgerTask, type LightRules } from '../domain/index.ts';
import { NEVER } from '../migrations/20261125-0100-ledger.ts';

/**
 * Two more counter sets kept with the roll-ups, per ancestor of the lead unit, so the dashboard
 * never scans tasks: what happened on which day (dispatched, signed off, signed off on time), and
 * tasks per source by status and red threshold. Like the roll-ups they are functions of one task's
 * state, applied as (after − before) in the write's transaction.
 */
export type DayKind = 'dispatched' | 'signedOff' | 'signedOffOnTime';

/** On time: signed off on or before the deadline as it stands; no deadline counts as on time. */
export const isOnTime = (t: Pick<LedgerTask, 'deadline' | 'signedOffOn'>) => t.signedOffOn !== null && (t.deadline === null || t.signedOffOn <= t.deadline);

function dayKeys(t: LedgerTask): string[] {
  const keys: string[] = [];
  if (t.dispatchedOn) keys.push(`dispatched|${t.dispatchedOn}`);
  if (t.state === 'signedOff' && t.signedOffOn) {
    keys.push(`signedOff|${t.signedOffOn}`);
    if (isOnTime(t)) keys.push(`signedOffOnTime|${t.signedOffOn}`);
  }
  return keys;
}

function sourceKeys(t: LedgerTask, sourceId: number | null, rules: LightRules): string[] {
  if (sourceId === null) return [];
  return [`${sourceId}|${statusOf(t)}|${lightThresholds(t, rules)?.redFrom ?? NEVER}`];
}

function deltas(before: string[], after: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of before) out.set(k, (out.get(k) ?? 0) - 1);
  for (const k of after) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

export async function applyFacts(
  db: DbOrTx,
  before: LedgerTask | null,
  after: LedgerTask | null,
  rules: LightRules,
  sourceId: number | null,
  ancestorsOf: (unitId: number) => number[],
): Promise<void> {
  const units = (t: LedgerTask | null) => (t?.leadUnitId ? ancestorsOf(Number(t.leadUnitId)) : []);
  const expand = (t: LedgerTask | null, keys: (t: LedgerTask) => string[]) => (t ? units(t).flatMap((u) => keys(t).map((k) => `${u}|${k}`)) : []);
  for (const [key, delta] of deltas(expand(before, dayKeys), expand(after, dayKeys))) {
    if (delta === 0) continue;
    const [unit, kind, day] = key.split('|');
    await db
      .insertInto('ledger_day_counts')
      .values({ unit_id: Number(unit), kind, day, count: delta })
      .onConflict((oc) => oc.columns(['unit_id', 'kind', 'day']).doUpdateSet({ count: sql`ledger_day_counts.count + ${delta}` }))
      .execute();
  }
  const src = (t: LedgerTask) => sourceKeys(t, sourceId, rules);
  for (const [key, delta] of deltas(expand(before, src), expand(after, src))) {
    if (delta === 0) continue;
    const [unit, source, status, redFrom] = key.split('|');
    await db
      .insertInto('ledger_source_counts')
      .values({ unit_id: Number(unit), source_id: Number(source), status, red_from: redFrom, count: delta })
      .onConflict((oc) => oc.columns(['unit_id', 'source_id', 'status', 'red_from']).doUpdateSet({ count: sql`ledger_source_counts.count + ${delta}` }))
      .execute();
  }
}

/** Recounts both sets from the tasks. */
export async function rebuildFacts(db: DbOrTx): Promise<void> {
  await db.deleteFrom('ledger_day_counts').execute();
  await db.deleteFrom('ledger_source_counts').execute();
  const fromLead = sql`from tasks t join unit_closure c on c.descendant_id = t.lead_unit_id`;
  await sql`insert into ledger_day_counts (unit_id, kind, day, count)
    select c.ancestor_id, 'dispatched', t.dispatched_on, count(*) ${fromLead} where t.dispatched_on is not null group by c.ancestor_id, t.dispatched_on`.execute(
    db,
  );
  await sql`insert into ledger_day_counts (unit_id, kind, day, count)
    select c.ancestor_id, 'signedOff', t.signed_off_on, count(*) ${fromLead} where t.state = 'signedOff' and t.signed_off_on is not null group by c.ancestor_id, t.signed_off_on`.execute(
    db,
  );
  await sql`insert into ledger_day_counts (unit_id, kind, day, count)
    select c.ancestor_id, 'signedOffOnTime', t.signed_off_on, count(*) ${fromLead}
    where t.state = 'signedOff' and t.signed_off_on is not null and (t.deadline is null or t.signed_off_on <= t.deadline)
    group by c.ancestor_id, t.signed_off_on`.execute(db);
  await sql`insert into ledger_source_counts (unit_id, source_id, status, red_from, count)
    select c.ancestor_id, t.source_id, t.status, t.red_from, count(*) ${fromLead} where t.source_id is not null
    group by c.ancestor_id, t.source_id, t.status, t.red_from`.execute(db);
}

/** Per day within [from, to], for a unit's subtree (its own counter rows). */
export async function dayTotals(db: DbOrTx, unitId: number, kind: DayKind, from: string, to: string): Promise<{ day: string; n: number }[]> {
  const rows = await db
    .selectFrom('ledger_day_counts')
    .select(['day', 'count'])
    .where('unit_id', '=', unitId)
    .where('kind', '=', kind)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('count', '!=', 0)
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ day: r.day, n: Number(r.count) }));
}

/** Totals of one kind within [from, to] for several units at once. */
export async function dayTotalsByUnit(db: DbOrTx, unitIds: number[], kind: DayKind, from: string, to: string): Promise<Map<number, number>> {
  const out = new Map<number, number>(unitIds.map((id) => [id, 0]));
  if (!unitIds.length) return out;
  const rows = await db
    .selectFrom('ledger_day_counts')
    .select(['unit_id', sql<number>`sum(count)`.as('n')])
    .where('unit_id', 'in', unitIds)
    .where('kind', '=', kind)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('unit_id')
    .execute();
  for (const r of rows) out.set(r.unit_id, Number(r.n));
  return out;
}

/** Per source, for a unit's subtree: tasks in `statuses`, of them signed off, and red today. */
export async function sourceTotals(db: DbOrTx, unitId: number, statuses: string[], lightful: string[], today: string) {
  const rows = await db
    .selectFrom('ledger_source_counts')
    .innerJoin('sources', 'sources.id', 'ledger_source_counts.source_id')
    .select([
      'sources.id',
      'sources.title',
      'sources.kind',
      sql<number>`sum(count)`.as('total'),
      sql<number>`sum(case when status = 'signedOff' then count else 0 end)`.as('signedOff'),
      sql<number>`sum(case when status in (${sql.join(lightful)}) and red_from <= ${today} then count else 0 end)`.as('red'),
    ])
    .where('unit_id', '=', unitId)
    .where('status', 'in', statuses)
    .groupBy(['sources.id', 'sources.title', 'sources.kind'])
    .having(sql`sum(count)`, '>', 0)
    .orderBy('sources.id')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, kind: r.kind, total: Number(r.total), signedOff: Number(r.signedOff), red: Number(r.red) }));
}
