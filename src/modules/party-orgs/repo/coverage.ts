import { sql, type SqlBool } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { inScope, resolveScope, type Actor } from '../../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import { BRANCH_MEMBER_THRESHOLD, CATEGORY_OF_UNIT_KIND, type CoverageCount } from '../domain/index.ts';
import '../tables.ts';

export interface CoverageFilter {
  unitId?: number;
  category?: string;
  covered?: boolean;
  /** Only units with at least this many party members. */
  minMembers?: number;
}

const kinds = Object.keys(CATEGORY_OF_UNIT_KIND);
// The unit's party category: the registry's (party_org_units), else its kind's (domain/coverage.ts).
const categorySql = sql<string>`coalesce(pu.category, case ${sql.join(
  Object.entries(CATEGORY_OF_UNIT_KIND).map(([k, c]) => sql`when u.kind = ${k} then ${c}`),
  sql` `,
)} end)`;
const hasOrgSql = sql<number>`case when exists (select 1 from party_orgs o where o.host_unit_id = u.id) then 1 else 0 end`;
const membersSql = sql<number>`coalesce(pu.member_count, 0)`;

/** Host units of the coverage figures: listed in the registry's units or of a kind that hosts organizations, in scope. */
function hostUnits(db: DbOrTx, actor: Actor, unitId: number | undefined) {
  let q = db
    .selectFrom('units as u')
    .leftJoin('party_org_units as pu', 'pu.unit_id', 'u.id')
    .where((eb) => eb.or([eb('pu.unit_id', 'is not', null), eb('u.kind', 'in', kinds)]));
  if (!resolveScope(actor, 'partyOrgs.read').all) q = q.where((eb) => inScope(eb, actor, 'partyOrgs.read', { unit: 'u.id' }));
  if (unitId !== undefined) q = q.where('u.id', 'in', (eb) => eb.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId));
  return q;
}

function filtered(db: DbOrTx, actor: Actor, f: CoverageFilter) {
  let q = hostUnits(db, actor, f.unitId);
  if (f.category !== undefined) q = q.where(sql<SqlBool>`${categorySql} = ${f.category}`);
  if (f.covered !== undefined) q = q.where(sql<SqlBool>`${hasOrgSql} = ${f.covered ? 1 : 0}`);
  if (f.minMembers !== undefined) q = q.where(sql<SqlBool>`${membersSql} >= ${f.minMembers}`);
  return q;
}

export const coverageRepo = {
  /** Per category: host units, those with an organization, those without one despite enough members. */
  async counts(db: DbOrTx, actor: Actor, unitId: number | undefined): Promise<CoverageCount[]> {
    const inner = hostUnits(db, actor, unitId).select([categorySql.as('category'), hasOrgSql.as('has_org'), membersSql.as('members')]);
    const rows = await db
      .selectFrom(inner.as('h'))
      .select([
        'h.category',
        sql<number>`count(*)`.as('units'),
        sql<number>`sum(h.has_org)`.as('covered'),
        sql<number>`sum(case when h.has_org = 0 and h.members >= ${BRANCH_MEMBER_THRESHOLD} then 1 else 0 end)`.as('gaps'),
      ])
      .groupBy('h.category')
      .execute();
    return rows.map((r) => ({ category: r.category, units: Number(r.units), covered: Number(r.covered ?? 0), uncoveredWithMembers: Number(r.gaps ?? 0) }));
  },

  async count(db: DbOrTx, actor: Actor, f: CoverageFilter): Promise<number> {
    const r = await filtered(db, actor, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  page(db: DbOrTx, actor: Actor, f: CoverageFilter, paging: Paging) {
    return filtered(db, actor, f)
      .select(['u.id', 'u.name', categorySql.as('category'), hasOrgSql.as('has_org'), membersSql.as('members')])
      .orderBy('u.id')
      .limit(paging.pageSize)
      .offset(offsetOf(paging))
      .execute();
  },

  /** Notes a host unit in the registry's units with its category (the first one stays) and party members (the larger stays). */
  async noteUnit(db: DbOrTx, unitId: number, category: string, memberCount: number) {
    await db
      .insertInto('party_org_units')
      .values({ unit_id: unitId, category, member_count: memberCount })
      .onConflict((oc) =>
        oc.column('unit_id').doUpdateSet({
          member_count: sql`case when excluded.member_count > party_org_units.member_count then excluded.member_count else party_org_units.member_count end`,
        }),
      )
      .execute();
  },
};
