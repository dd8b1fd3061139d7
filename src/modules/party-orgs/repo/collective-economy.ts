import { sql, type SqlBool, type Expression } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import type { IncomeClass } from '../domain/collective-economy.ts';
import { base as orgs } from './party-orgs.ts';
import '../tables-weak-lax.ts';

export interface IncomeFilter {
  year: number;
  unitId?: number;
  bounds?: { reported: boolean; min: number | null; below: number | null };
}

/** Villages (rural organizations) in scope, with the year's collective income if entered. */
function villages(db: DbOrTx, actor: Actor, f: IncomeFilter) {
  let q = orgs(db, actor)
    .leftJoin('collective_incomes as ci', (j) => j.onRef('ci.org_id', '=', 'party_orgs.id').on('ci.year', '=', f.year))
    .where('party_orgs.category', '=', 'rural')
    // A village is counted once: its branch (or general branch, committee) that the village hosts, not each sub-branch.
    .where((eb) =>
      eb.or([
        eb('party_orgs.parent_id', 'is', null),
        eb.not(
          eb.exists(
            eb
              .selectFrom('party_orgs as up')
              .select('up.id')
              .whereRef('up.id', '=', 'party_orgs.parent_id')
              .whereRef('up.host_unit_id', '=', 'party_orgs.host_unit_id'),
          ),
        ),
      ]),
    );
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    q = q.where('party_orgs.host_unit_id', 'in', (eb) =>
      eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId),
    );
  }
  if (f.bounds) {
    const b = f.bounds;
    q = q.where((eb) => {
      if (!b.reported) return eb('ci.income', 'is', null);
      const parts: Expression<SqlBool>[] = [eb('ci.income', 'is not', null)];
      if (b.min !== null) parts.push(eb('ci.income', '>=', b.min));
      if (b.below !== null) parts.push(eb('ci.income', '<', b.below));
      return eb.and(parts);
    });
  }
  return q;
}

export const incomeRepo = {
  page(db: DbOrTx, actor: Actor, f: IncomeFilter, paging: Paging) {
    return villages(db, actor, f)
      .select(['party_orgs.id', 'party_orgs.name', 'party_orgs.kind', 'party_orgs.category', 'party_orgs.host_unit_id', 'ci.income', 'ci.version'])
      .orderBy('party_orgs.id')
      .limit(paging.pageSize)
      .offset(offsetOf(paging))
      .execute();
  },

  async count(db: DbOrTx, actor: Actor, f: IncomeFilter): Promise<number> {
    const r = await villages(db, actor, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** 空壳村 / 薄弱村 and the rest, counted in one pass (the SQL twin of domain incomeCounts). */
  async classCounts(db: DbOrTx, actor: Actor, f: IncomeFilter, weakBelow: number): Promise<Record<IncomeClass, number> & { villages: number }> {
    const r = await villages(db, actor, { ...f, bounds: undefined })
      .select([
        (eb) => eb.fn.countAll<number>().as('villages'),
        sql<number>`sum(case when ci.income is null then 1 else 0 end)`.as('unreported'),
        sql<number>`sum(case when ci.income <= 0 then 1 else 0 end)`.as('hollow'),
        sql<number>`sum(case when ci.income > 0 and ci.income < ${weakBelow} then 1 else 0 end)`.as('weak'),
        sql<number>`sum(case when ci.income >= ${weakBelow} then 1 else 0 end)`.as('ok'),
      ])
      .executeTakeFirstOrThrow();
    return {
      villages: Number(r.villages),
      unreported: Number(r.unreported ?? 0),
      hollow: Number(r.hollow ?? 0),
      weak: Number(r.weak ?? 0),
      ok: Number(r.ok ?? 0),
    };
  },

  get(db: DbOrTx, orgId: number, year: number) {
    return db.selectFrom('collective_incomes').selectAll().where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
  },

  async upsert(db: DbOrTx, orgId: number, year: number, income: number, by: number | null, at: string, version?: number): Promise<boolean> {
    const existing = await incomeRepo.get(db, orgId, year);
    if (!existing) {
      await db.insertInto('collective_incomes').values({ org_id: orgId, year, income, updated_by: by, updated_at: at }).execute();
      return true;
    }
    if (version !== undefined && version !== existing.version) return false;
    const r = await db
      .updateTable('collective_incomes')
      .set({ income, updated_by: by, updated_at: at, version: sql`version + 1` })
      .where('org_id', '=', orgId)
      .where('year', '=', year)
      .where('version', '=', existing.version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
