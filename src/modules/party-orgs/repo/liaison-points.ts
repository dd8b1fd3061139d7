import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { LIAISON_COMMITTEE_KINDS } from '../domain/liaison-points.ts';
import { base as orgs } from './party-orgs.ts';
import '../tables-weak-lax.ts';

const inSubtree = (unitId: number | undefined) => (q: ReturnType<typeof orgs>) =>
  unitId === undefined
    ? q
    : q.where('party_orgs.host_unit_id', 'in', (eb) =>
        eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId),
      );

export const liaisonRepo = {
  /** Points whose committee is in the actor's scope (and the unit subtree). */
  points(db: DbOrTx, actor: Actor, unitId: number | undefined) {
    return inSubtree(unitId)(orgs(db, actor))
      .innerJoin('liaison_points as p', 'p.committee_id', 'party_orgs.id')
      .innerJoin('party_orgs as b', 'b.id', 'p.branch_id')
      .select([
        'p.id',
        'p.secretary_name',
        'p.created_at',
        'party_orgs.id as c_id',
        'party_orgs.name as c_name',
        'party_orgs.kind as c_kind',
        'party_orgs.category as c_category',
        'party_orgs.host_unit_id as c_unit',
        'b.id as b_id',
        'b.name as b_name',
        'b.kind as b_kind',
        'b.category as b_category',
        'b.host_unit_id as b_unit',
      ])
      .orderBy('party_orgs.id')
      .orderBy('p.id')
      .execute();
  },

  /** Committees in scope whose current secretary links to no branch (domain/liaison-points.ts committeesLacking). */
  lacking(db: DbOrTx, actor: Actor, unitId: number | undefined) {
    return inSubtree(unitId)(orgs(db, actor))
      .where('party_orgs.kind', 'in', [...LIAISON_COMMITTEE_KINDS])
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('liaison_points as p')
              .select('p.id')
              .whereRef('p.committee_id', '=', 'party_orgs.id')
              .whereRef('p.secretary_name', '=', 'party_orgs.secretary_name'),
          ),
        ),
      )
      .select(['party_orgs.id', 'party_orgs.name', 'party_orgs.kind', 'party_orgs.category', 'party_orgs.host_unit_id', 'party_orgs.secretary_name'])
      .orderBy('party_orgs.id')
      .execute();
  },

  exists(db: DbOrTx, committeeId: number, branchId: number, secretaryName: string) {
    return db
      .selectFrom('liaison_points')
      .select('id')
      .where('committee_id', '=', committeeId)
      .where('branch_id', '=', branchId)
      .where('secretary_name', '=', secretaryName)
      .executeTakeFirst();
  },

  async insert(
    db: DbOrTx,
    row: { committee_id: number; branch_id: number; secretary_name: string; created_by: number | null; created_at: string },
  ): Promise<number> {
    const { id } = await db.insertInto('liaison_points').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  get(db: DbOrTx, id: number) {
    return db.selectFrom('liaison_points').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async remove(db: DbOrTx, id: number) {
    await db.deleteFrom('liaison_points').where('id', '=', id).execute();
  },
};
