import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { base, type TermWindow } from './party-orgs.ts';

export interface TermCounts {
  total: number;
  overdue: number;
  dueSoon: number;
}

const countsSelect = (w: TermWindow) => [
  sql<number>`count(*)`.as('total'),
  sql<number>`sum(case when party_orgs.term_end < ${w.today} then 1 else 0 end)`.as('overdue'),
  sql<number>`sum(case when party_orgs.term_end >= ${w.today} and party_orgs.term_end <= ${w.dueUntil} then 1 else 0 end)`.as('due_soon'),
];
const toCounts = (r: { total: number; overdue: number | null; due_soon: number | null } | undefined): TermCounts => ({
  total: Number(r?.total ?? 0),
  overdue: Number(r?.overdue ?? 0),
  dueSoon: Number(r?.due_soon ?? 0),
});

/** Term renewal counts (the registry's scope, as its lists count them) for the dashboard and the to-do page. */
export const figuresRepo = {
  async counts(db: DbOrTx, actor: Actor, unitId: number | undefined, w: TermWindow, permission = 'partyOrgs.read'): Promise<TermCounts> {
    let q = base(db, actor, permission);
    if (unitId !== undefined)
      q = q.where('party_orgs.host_unit_id', 'in', (eb) => eb.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId));
    return toCounts(await q.select(countsSelect(w)).executeTakeFirst());
  },

  /** The same per child unit (each with its subtree), one grouped query. */
  async countsPerUnit(db: DbOrTx, actor: Actor, unitIds: number[], w: TermWindow): Promise<Map<number, TermCounts>> {
    if (!unitIds.length) return new Map();
    const rows = await base(db, actor)
      .innerJoin('unit_closure', 'unit_closure.descendant_id', 'party_orgs.host_unit_id')
      .where('unit_closure.ancestor_id', 'in', unitIds)
      .select(['unit_closure.ancestor_id as unit_id', ...countsSelect(w)])
      .groupBy('unit_closure.ancestor_id')
      .execute();
    return new Map(rows.map((r) => [Number(r.unit_id), toCounts(r)]));
  },
};
