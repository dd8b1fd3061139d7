import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Database, DbOrTx } from '../../../platform/db/types.ts';
import { likeOperator } from '../../../platform/db/dialects/index.ts';
import { inScope, resolveScope, type Actor } from '../../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import type { OrgTaskPurpose, TermStatus } from '../domain/index.ts';
import type { PartyOrgTable } from '../tables.ts';
import '../tables.ts';

export interface OrgFilter {
  unitId?: number;
  /**
   * Set by the service when `unitId` lies inside one of the actor's visible subtrees: the unit
   * filter then implies the scope, and the query leaves out the second closure semi-join.
   */
  unitInScope?: boolean;
  category?: string[];
  kind?: string[];
  termStatus?: TermStatus[];
  parentId?: number;
  q?: string;
  ids?: number[];
}

export type OrgSort = 'id' | 'name' | 'termEnd' | '-termEnd' | 'memberCount';

/** The days a term status spans: before `today` is overdue, up to `dueUntil` due soon. */
export interface TermWindow {
  today: string;
  dueUntil: string;
}

/** Organizations whose host unit lies in the actor's scope for `permission` (the registry's data scope). */
export function base(db: DbOrTx, actor: Actor, permission = 'partyOrgs.read') {
  let q = db.selectFrom('party_orgs');
  if (!resolveScope(actor, permission).all) q = q.where((eb) => inScope(eb, actor, permission, { unit: 'party_orgs.host_unit_id' }));
  return q;
}
type Base = ReturnType<typeof base>;

function filtered(db: DbOrTx, actor: Actor, f: OrgFilter, w: TermWindow): Base {
  let q = f.unitInScope && f.unitId !== undefined ? db.selectFrom('party_orgs') : base(db, actor);
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    q = q.where('party_orgs.host_unit_id', 'in', (eb) =>
      eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId),
    );
  }
  if (f.category?.length) q = q.where('party_orgs.category', 'in', f.category);
  if (f.kind?.length) q = q.where('party_orgs.kind', 'in', f.kind);
  if (f.parentId !== undefined) q = q.where('party_orgs.parent_id', '=', f.parentId);
  if (f.ids?.length) q = q.where('party_orgs.id', 'in', f.ids);
  if (f.termStatus?.length) {
    const statuses = f.termStatus;
    q = q.where((eb) =>
      eb.or(
        statuses.map((s): Expression<SqlBool> => {
          if (s === 'unknown') return eb('party_orgs.term_end', 'is', null);
          if (s === 'overdue') return eb('party_orgs.term_end', '<', w.today);
          if (s === 'dueSoon') return eb.and([eb('party_orgs.term_end', '>=', w.today), eb('party_orgs.term_end', '<=', w.dueUntil)]);
          return eb('party_orgs.term_end', '>', w.dueUntil);
        }),
      ),
    );
  }
  if (f.q) {
    const like = `%${f.q}%`;
    const op = likeOperator(db);
    q = q.where((eb) => eb.or([eb('party_orgs.name', op, like), eb('party_orgs.secretary_name', op, like)]));
  }
  return q;
}

const columns = [
  'party_orgs.id',
  'party_orgs.name',
  'party_orgs.kind',
  'party_orgs.parent_id',
  'party_orgs.host_unit_id',
  'party_orgs.category',
  'party_orgs.founded_on',
  'party_orgs.secretary_name',
  'party_orgs.secretary_user_id',
  'party_orgs.secretary_background',
  'party_orgs.committee_members',
  'party_orgs.member_count',
  'party_orgs.first_secretary_name',
  'party_orgs.first_secretary_origin',
  'party_orgs.first_secretary_from',
  'party_orgs.first_secretary_to',
  'party_orgs.term_start',
  'party_orgs.term_years',
  'party_orgs.term_end',
  'party_orgs.import_batch_id',
  'party_orgs.created_at',
  'party_orgs.updated_at',
  'party_orgs.version',
] as const;

/** The columns with the superior's and the host unit's names (scalar subqueries: the filters and the count stay the same). */
const withNames = (eb: ExpressionBuilder<Database, 'party_orgs'>) => [
  ...columns,
  eb.selectFrom('party_orgs as p').select('p.name').whereRef('p.id', '=', 'party_orgs.parent_id').as('parent_name'),
  eb.selectFrom('units as hu').select('hu.name').whereRef('hu.id', '=', 'party_orgs.host_unit_id').as('host_unit_name'),
];

export type OrgRow = Awaited<ReturnType<typeof partyOrgRepo.get>> & object;
export type OrgInsert = Insertable<PartyOrgTable>;

export const partyOrgRepo = {
  /** Whether the unit lies inside one of the subtrees the actor sees whole under `permission`. */
  async unitInScope(db: DbOrTx, actor: Actor, unitId: number, permission = 'partyOrgs.read'): Promise<boolean> {
    const scope = resolveScope(actor, permission);
    if (scope.all) return true;
    if (!scope.subtrees.length) return false;
    const r = await db
      .selectFrom('unit_closure')
      .select('depth')
      .where('ancestor_id', 'in', scope.subtrees)
      .where('descendant_id', '=', unitId)
      .executeTakeFirst();
    return r !== undefined;
  },

  /** The page's query, unexecuted (the benchmark runs its SQL bare). */
  pageQuery(db: DbOrTx, actor: Actor, f: OrgFilter, paging: Paging, w: TermWindow, sort: OrgSort = 'id') {
    let q = filtered(db, actor, f, w).select(withNames);
    if (sort === 'name') q = q.orderBy('party_orgs.name');
    else if (sort === 'termEnd') q = q.orderBy(sql`case when party_orgs.term_end is null then 1 else 0 end`).orderBy('party_orgs.term_end');
    else if (sort === '-termEnd') q = q.orderBy(sql`case when party_orgs.term_end is null then 1 else 0 end`).orderBy('party_orgs.term_end', 'desc');
    else if (sort === 'memberCount') q = q.orderBy('party_orgs.member_count', 'desc');
    return q.orderBy('party_orgs.id').limit(paging.pageSize).offset(offsetOf(paging));
  },

  page(db: DbOrTx, actor: Actor, f: OrgFilter, paging: Paging, w: TermWindow, sort: OrgSort = 'id') {
    return this.pageQuery(db, actor, f, paging, w, sort).execute();
  },

  /** The total's query, unexecuted (the benchmark shows its plan). */
  countQuery(db: DbOrTx, actor: Actor, f: OrgFilter, w: TermWindow) {
    return filtered(db, actor, f, w).select((eb) => eb.fn.countAll<number>().as('n'));
  },

  async count(db: DbOrTx, actor: Actor, f: OrgFilter, w: TermWindow): Promise<number> {
    const r = await this.countQuery(db, actor, f, w).executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** One organization if its host unit is in the actor's scope for `permission`; undefined is a 404. */
  get(db: DbOrTx, actor: Actor, id: number, permission = 'partyOrgs.read') {
    return base(db, actor, permission).select(withNames).where('party_orgs.id', '=', id).executeTakeFirst();
  },

  /** Every organization hosted in a unit's subtree (within scope), for the tree. */
  treeRows(db: DbOrTx, actor: Actor, unitId: number | undefined) {
    let q = base(db, actor).select([
      'party_orgs.id',
      'party_orgs.name',
      'party_orgs.kind',
      'party_orgs.parent_id',
      'party_orgs.host_unit_id',
      'party_orgs.category',
      'party_orgs.term_end',
      'party_orgs.member_count',
    ]);
    if (unitId !== undefined)
      q = q.where('party_orgs.host_unit_id', 'in', (eb) =>
        eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId),
      );
    return q.orderBy('party_orgs.id').execute();
  },

  async insert(db: DbOrTx, row: OrgInsert): Promise<number> {
    const { id } = await db.insertInto('party_orgs').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  /** Writes when the version still matches; false is a stale write. */
  async update(db: DbOrTx, id: number, version: number, set: Omit<Updateable<PartyOrgTable>, 'id' | 'version'>, now: string): Promise<boolean> {
    const r = await db
      .updateTable('party_orgs')
      .set({ ...set, updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async childCount(db: DbOrTx, id: number): Promise<number> {
    const r = await db
      .selectFrom('party_orgs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** The chain of parents above an organization (nearest first), whatever the scope: for cycle checks. */
  async ancestorIds(db: DbOrTx, id: number): Promise<number[]> {
    const out: number[] = [];
    let at: number | null = id;
    while (at !== null && out.length < 100) {
      const row: { parent_id: number | null } | undefined = await db.selectFrom('party_orgs').select('parent_id').where('id', '=', at).executeTakeFirst();
      at = row?.parent_id ?? null;
      if (at !== null) out.push(at);
    }
    return out;
  },

  async remove(db: DbOrTx, id: number) {
    await db.deleteFrom('party_orgs').where('id', '=', id).execute();
  },

  names(db: DbOrTx, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('party_orgs').select(['id', 'name', 'host_unit_id']).where('id', 'in', ids).execute();
  },

  userNames(db: DbOrTx, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'display_name as name']).where('id', 'in', ids).execute();
  },

  linkedTasks(db: DbOrTx, orgId: number) {
    return db.selectFrom('party_org_tasks').select(['task_id', 'purpose']).where('org_id', '=', orgId).orderBy('task_id').execute();
  },

  async linkTask(db: DbOrTx, orgId: number, taskId: number, purpose: OrgTaskPurpose) {
    await db.insertInto('party_org_tasks').values({ org_id: orgId, task_id: taskId, purpose }).execute();
  },
};
