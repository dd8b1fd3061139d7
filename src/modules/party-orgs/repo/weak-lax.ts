import { sql, type Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { likeOperator } from '../../../platform/db/dialects/index.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import type { DesignationStatus, MeasureCount, WeakLaxStatus } from '../domain/weak-lax.ts';
import type { StatusCount } from '../domain/weak-lax-figures.ts';
import type { WeakLaxDesignationTable } from '../tables-weak-lax.ts';
import { base as orgs } from './party-orgs.ts';
import '../tables-weak-lax.ts';

export interface WeakLaxFilter {
  year?: number;
  unitId?: number;
  category?: string[];
  /** Statuses, screened included (a screening with criteria and no designation); undefined: any. */
  status?: WeakLaxStatus[];
  q?: string;
  ids?: number[];
}

// The case's status: the designation's, or 'screened' for a screening that met criteria and waits for 认定.
const statusSql = sql<WeakLaxStatus>`coalesce(d.status, 'screened')`;

/**
 * The weak-and-lax ledger: every screening that met a criterion (or led to a designation), joined
 * with its organization in the actor's scope (host unit) and its designation.
 */
function cases(db: DbOrTx, actor: Actor, f: WeakLaxFilter, permission = 'partyOrgs.read') {
  let q = orgs(db, actor, permission)
    .innerJoin('weak_lax_screenings as s', 's.org_id', 'party_orgs.id')
    .leftJoin('weak_lax_designations as d', (j) => j.onRef('d.org_id', '=', 's.org_id').onRef('d.year', '=', 's.year'))
    .where((eb) => eb.or([eb('s.criteria', '<>', '[]'), eb('d.id', 'is not', null)]));
  if (f.year !== undefined) q = q.where('s.year', '=', f.year);
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    q = q.where('party_orgs.host_unit_id', 'in', (eb) =>
      eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId),
    );
  }
  if (f.category?.length) q = q.where('party_orgs.category', 'in', f.category);
  // An empty list (a stage and statuses that do not meet) matches nothing.
  if (f.status) q = f.status.length ? q.where(statusSql, 'in', f.status) : q.where(sql<boolean>`1 = 0`);
  if (f.ids?.length) q = q.where('d.id', 'in', f.ids);
  if (f.q) q = q.where('party_orgs.name', likeOperator(db), `%${f.q}%`);
  return q;
}

const caseColumns = [
  's.id as screening_id',
  's.year',
  's.criteria',
  's.version as screening_version',
  'party_orgs.id as org_id',
  'party_orgs.name as org_name',
  'party_orgs.kind as org_kind',
  'party_orgs.category as org_category',
  'party_orgs.host_unit_id',
  'd.id as designation_id',
  'd.contact_leader',
  'd.first_secretary',
  'd.plan',
  'd.accepted_on',
  'd.look_back_on',
  'd.designated_at',
  'd.updated_at',
  'd.version',
] as const;

export type CaseRow = Awaited<ReturnType<typeof weakLaxRepo.page>>[number];

export const weakLaxRepo = {
  page(db: DbOrTx, actor: Actor, f: WeakLaxFilter, paging: Paging) {
    return cases(db, actor, f)
      .select([...caseColumns, statusSql.as('status')])
      .orderBy('s.year', 'desc')
      .orderBy('party_orgs.id')
      .limit(paging.pageSize)
      .offset(offsetOf(paging))
      .execute();
  },

  async count(db: DbOrTx, actor: Actor, f: WeakLaxFilter): Promise<number> {
    const r = await cases(db, actor, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** Counts by status and organization category: the figures fold them into stages (domain/weak-lax-figures.ts). */
  async statusCounts(db: DbOrTx, actor: Actor, f: WeakLaxFilter): Promise<StatusCount[]> {
    const rows = await cases(db, actor, f)
      .select([statusSql.as('status'), 'party_orgs.category', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy([statusSql, 'party_orgs.category'])
      .execute();
    return rows.map((r) => ({ status: r.status, category: r.category, count: Number(r.n) }));
  },

  /** One designation whose organization is in the actor's scope for `permission`. */
  getDesignation(db: DbOrTx, actor: Actor, id: number, permission = 'partyOrgs.read') {
    return cases(db, actor, { ids: [id] }, permission)
      .select([...caseColumns, statusSql.as('status')])
      .executeTakeFirst();
  },

  screening(db: DbOrTx, orgId: number, year: number) {
    return db.selectFrom('weak_lax_screenings').selectAll().where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
  },

  designationOf(db: DbOrTx, orgId: number, year: number) {
    return db.selectFrom('weak_lax_designations').select(['id', 'status']).where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
  },

  /** Organizations in a unit's subtree (in the actor's scope) with their screening of the year, if any. */
  screeningSheet(db: DbOrTx, actor: Actor, year: number, unitId: number | undefined, category: string[] | undefined, paging: Paging) {
    let q = orgs(db, actor)
      .leftJoin('weak_lax_screenings as s', (j) => j.onRef('s.org_id', '=', 'party_orgs.id').on('s.year', '=', year))
      .leftJoin('weak_lax_designations as d', (j) => j.onRef('d.org_id', '=', 'party_orgs.id').on('d.year', '=', year));
    if (unitId !== undefined)
      q = q.where('party_orgs.host_unit_id', 'in', (eb) =>
        eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId),
      );
    if (category?.length) q = q.where('party_orgs.category', 'in', category);
    return Promise.all([
      q
        .select([
          'party_orgs.id',
          'party_orgs.name',
          'party_orgs.kind',
          'party_orgs.category',
          'party_orgs.host_unit_id',
          's.criteria',
          's.screened_at',
          's.version',
          'd.id as designation_id',
          'd.status as designation_status',
        ])
        .orderBy('party_orgs.id')
        .limit(paging.pageSize)
        .offset(offsetOf(paging))
        .execute(),
      q
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),
    ]);
  },

  async upsertScreening(db: DbOrTx, orgId: number, year: number, criteria: string[], by: number | null, at: string): Promise<number> {
    const existing = await weakLaxRepo.screening(db, orgId, year);
    if (existing) {
      await db
        .updateTable('weak_lax_screenings')
        .set({ criteria: JSON.stringify(criteria), screened_by: by, screened_at: at, version: sql`version + 1` })
        .where('id', '=', existing.id)
        .execute();
      return existing.id;
    }
    const { id } = await db
      .insertInto('weak_lax_screenings')
      .values({ org_id: orgId, year, criteria: JSON.stringify(criteria), screened_by: by, screened_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  async insertDesignation(db: DbOrTx, row: Omit<WeakLaxDesignationTable, 'id' | 'version'>): Promise<number> {
    const { id } = await db.insertInto('weak_lax_designations').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  /** Writes when the version still matches; false is a stale write. */
  async updateDesignation(
    db: DbOrTx,
    id: number,
    version: number,
    set: Omit<Updateable<WeakLaxDesignationTable>, 'id' | 'version' | 'updated_at'> & { status?: DesignationStatus },
    now: string,
  ): Promise<boolean> {
    const r = await db
      .updateTable('weak_lax_designations')
      .set({ ...set, updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async linkTask(db: DbOrTx, designationId: number, taskId: number, purpose: 'measure' | 'lookBack') {
    await db.insertInto('weak_lax_tasks').values({ designation_id: designationId, task_id: taskId, purpose }).execute();
  },

  tasks(db: DbOrTx, designationId: number) {
    return db
      .selectFrom('weak_lax_tasks as w')
      .innerJoin('tasks', 'tasks.id', 'w.task_id')
      .select(['tasks.id', 'tasks.state', 'w.purpose'])
      .where('w.designation_id', '=', designationId)
      .orderBy('tasks.id')
      .execute();
  },

  /** The plan's measures, counted as the domain counts them: cancelled left out. */
  async measureCount(db: DbOrTx, designationId: number): Promise<MeasureCount> {
    const rows = await weakLaxRepo.tasks(db, designationId);
    const measures = rows.filter((r) => r.purpose === 'measure' && r.state !== 'cancelled');
    return { total: measures.length, signedOff: measures.filter((m) => m.state === 'signedOff').length };
  },

  async insertAcceptance(
    db: DbOrTx,
    row: {
      designation_id: number;
      score: number;
      pass_score: number;
      passed: boolean;
      file_ids: number[];
      accepted_on: string;
      accepted_by: number | null;
      created_at: string;
    },
  ) {
    await db
      .insertInto('weak_lax_acceptances')
      .values({ ...row, passed: row.passed ? 1 : 0, file_ids: JSON.stringify(row.file_ids) })
      .execute();
  },

  acceptances(db: DbOrTx, designationId: number) {
    return db
      .selectFrom('weak_lax_acceptances as a')
      .leftJoin('users', 'users.id', 'a.accepted_by')
      .select(['a.id', 'a.score', 'a.pass_score', 'a.passed', 'a.file_ids', 'a.accepted_on', 'a.created_at', 'a.accepted_by', 'users.display_name as by_name'])
      .where('a.designation_id', '=', designationId)
      .orderBy('a.id')
      .execute();
  },

  async insertLookBack(db: DbOrTx, row: { designation_id: number; outcome: string; decided_by: number | null; created_at: string }) {
    await db.insertInto('weak_lax_look_backs').values(row).execute();
  },

  lookBacks(db: DbOrTx, designationId: number) {
    return db
      .selectFrom('weak_lax_look_backs as l')
      .leftJoin('users', 'users.id', 'l.decided_by')
      .select(['l.id', 'l.outcome', 'l.created_at', 'l.decided_by', 'users.display_name as by_name'])
      .where('l.designation_id', '=', designationId)
      .orderBy('l.id')
      .execute();
  },

  /** Whether a designation the actor may see holds this file as acceptance evidence. */
  async evidenceVisible(db: DbOrTx, actor: Actor, fileId: number): Promise<boolean> {
    const rows = await orgs(db, actor)
      .innerJoin('weak_lax_designations as d', 'd.org_id', 'party_orgs.id')
      .innerJoin('weak_lax_acceptances as a', 'a.designation_id', 'd.id')
      .select('a.file_ids')
      .where('a.file_ids', 'like', `%${fileId}%`)
      .execute();
    return rows.some((r) => (JSON.parse(r.file_ids) as number[]).includes(fileId));
  },

  /** For the demo seed: the registry's organizations hosted in these units, whatever the scope. */
  hostedIn(db: DbOrTx, unitIds: number[]) {
    if (!unitIds.length) return Promise.resolve([]);
    return db
      .selectFrom('party_orgs')
      .select(['id', 'name', 'kind', 'category', 'host_unit_id', 'secretary_name'])
      .where('host_unit_id', 'in', unitIds)
      .orderBy('id')
      .execute();
  },

  criteria(db: DbOrTx, activeOnly = true) {
    let q = db.selectFrom('weak_lax_criteria').select(['id', 'code', 'category', 'name', 'position', 'active']);
    if (activeOnly) q = q.where('active', '=', 1);
    return q.orderBy('position').orderBy('id').execute();
  },

  async replaceCriteria(db: DbOrTx, items: { code: string; category: string; name: string }[]) {
    // Codes stay (screenings name them): a code no longer listed is deactivated, not deleted.
    const existing = new Map((await weakLaxRepo.criteria(db, false)).map((c) => [c.code, c.id]));
    for (const [i, c] of items.entries()) {
      const id = existing.get(c.code);
      if (id !== undefined)
        await db.updateTable('weak_lax_criteria').set({ category: c.category, name: c.name, position: i, active: 1 }).where('id', '=', id).execute();
      else await db.insertInto('weak_lax_criteria').values({ code: c.code, category: c.category, name: c.name, position: i }).execute();
    }
    const keep = items.map((c) => c.code);
    let q = db.updateTable('weak_lax_criteria').set({ active: 0 });
    if (keep.length) q = q.where('code', 'not in', keep);
    await q.execute();
  },
};
