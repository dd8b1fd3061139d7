import { sql, type Expression, type SqlBool, type Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { likeOperator } from '../../../platform/db/dialects/index.ts';
import { inScope, resolveScope, type Actor } from '../../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import { addDays } from '../../../platform/calendar/index.ts';
import { type Light, type MeasureTally, type ProblemStatus } from '../domain/index.ts';
import type { ProblemTable } from '../tables.ts';
import '../tables.ts';

export interface ProblemFilter {
  unitId?: number;
  status?: ProblemStatus[];
  category?: string[];
  severity?: string[];
  sourceKind?: string[];
  light?: Light[];
  q?: string;
  ids?: number[];
}

/** The measures of each problem, counted as domain/status.ts counts them. */
function tallies(db: DbOrTx) {
  return db
    .selectFrom('problem_measures as pm')
    .innerJoin('tasks as mt', 'mt.id', 'pm.task_id')
    .select([
      'pm.problem_id',
      sql<number>`sum(case when mt.state <> 'cancelled' then 1 else 0 end)`.as('m_total'),
      sql<number>`sum(case when mt.state = 'draft' then 1 else 0 end)`.as('m_draft'),
      sql<number>`sum(case when mt.state not in ('cancelled', 'draft') then 1 else 0 end)`.as('m_started'),
      sql<number>`sum(case when mt.state = 'signedOff' then 1 else 0 end)`.as('m_signed'),
      sql<number>`sum(mt.version)`.as('m_mark'),
    ])
    .groupBy('pm.problem_id');
}

// The SQL twin of problemStatus (domain/status.ts), for filtering and counting; presenting uses the domain function.
export const statusSql = sql<string>`case
  when coalesce(m.m_total, 0) > 0 and m.m_signed = m.m_total then
    case when problems.accepted_mark = m.m_mark then 'rectified' when problems.refused_mark = m.m_mark then 'rectifying' else 'awaitingAcceptance' end
  when coalesce(m.m_started, 0) > 0 then 'rectifying'
  else 'open' end`;

export function base(db: DbOrTx, actor: Actor, permission = 'ledger.read') {
  let q = db.selectFrom('problems').leftJoin(tallies(db).as('m'), 'm.problem_id', 'problems.id');
  if (!resolveScope(actor, permission).all) q = q.where((eb) => inScope(eb, actor, permission, { unit: 'problems.unit_id' }));
  return q;
}

type Base = ReturnType<typeof base>;

/** Whether a problem the actor may see holds this file as acceptance evidence. */
export async function evidenceVisible(db: DbOrTx, actor: Actor, fileId: number): Promise<boolean> {
  const rows = await base(db, actor).select('problems.acceptance_file_ids as ids').where('problems.acceptance_file_ids', 'like', `%${fileId}%`).execute();
  return rows.some((r) => (JSON.parse(r.ids) as number[]).includes(fileId));
}

function filtered(db: DbOrTx, actor: Actor, f: ProblemFilter, today: string, yellowDays: number): Base {
  let q = base(db, actor);
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    q = q.where('problems.unit_id', 'in', (eb) =>
      eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId),
    );
  }
  if (f.status?.length) q = q.where(statusSql, 'in', f.status);
  if (f.category?.length) q = q.where('problems.category', 'in', f.category);
  if (f.severity?.length) q = q.where('problems.severity', 'in', f.severity);
  if (f.sourceKind?.length) q = q.where('problems.source_kind', 'in', f.sourceKind);
  if (f.ids?.length) q = q.where('problems.id', 'in', f.ids);
  if (f.light?.length) {
    const yellowFrom = addDays(today, yellowDays);
    const lights = f.light;
    q = q
      .where(statusSql, '<>', 'rectified')
      .where((eb) =>
        eb.or(
          lights.map((l): Expression<SqlBool> =>
            l === 'red'
              ? eb('problems.deadline', '<', today)
              : l === 'yellow'
                ? eb.and([eb('problems.deadline', '>=', today), eb('problems.deadline', '<=', yellowFrom)])
                : eb('problems.deadline', '>', yellowFrom),
          ),
        ),
      );
  }
  if (f.q) {
    const like = `%${f.q}%`;
    const op = likeOperator(db);
    q = q.where((eb) => eb.or([eb('problems.finding', op, like), eb('problems.source_title', op, like)]));
  }
  return q;
}

const columns = [
  'problems.id',
  'problems.source_kind',
  'problems.source_title',
  'problems.source_id',
  'problems.task_id',
  'problems.look_back_check_id',
  'problems.finding',
  'problems.category',
  'problems.severity',
  'problems.unit_id',
  'problems.found_on',
  'problems.deadline',
  'problems.accepted_mark',
  'problems.accepted_at',
  'problems.accepted_by',
  'problems.acceptance_comment',
  'problems.acceptance_file_ids',
  'problems.refused_mark',
  'problems.refused_at',
  'problems.refused_by',
  'problems.refusal_reason',
  'problems.created_at',
  'problems.updated_at',
  'problems.version',
  'm.m_total',
  'm.m_draft',
  'm.m_started',
  'm.m_signed',
  'm.m_mark',
] as const;

export type ProblemRow = Awaited<ReturnType<typeof problemRepo.get>> & object;

export const tallyOf = (r: ProblemRow): MeasureTally => ({
  total: Number(r.m_total ?? 0),
  draft: Number(r.m_draft ?? 0),
  started: Number(r.m_started ?? 0),
  signedOff: Number(r.m_signed ?? 0),
  mark: Number(r.m_mark ?? 0),
});

export const problemRepo = {
  page(db: DbOrTx, actor: Actor, f: ProblemFilter, paging: Paging, today: string, yellowDays: number) {
    return filtered(db, actor, f, today, yellowDays)
      .select(columns)
      .orderBy('problems.deadline')
      .orderBy('problems.id')
      .limit(paging.pageSize)
      .offset(offsetOf(paging))
      .execute();
  },

  async count(db: DbOrTx, actor: Actor, f: ProblemFilter, today: string, yellowDays: number): Promise<number> {
    const r = await filtered(db, actor, f, today, yellowDays)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** One problem if the actor may see (or, with `permission`, manage) its unit; undefined is a 404. */
  get(db: DbOrTx, actor: Actor, id: number, permission = 'ledger.read') {
    return base(db, actor, permission).select(columns).where('problems.id', '=', id).executeTakeFirst();
  },

  async insert(db: DbOrTx, row: Omit<ProblemTable, 'id' | 'version' | 'acceptance_file_ids'>): Promise<number> {
    const { id } = await db.insertInto('problems').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  /** Writes when the version still matches; false is a stale write. */
  async update(db: DbOrTx, id: number, version: number, set: Omit<Updateable<ProblemTable>, 'id' | 'version'>, now: string): Promise<boolean> {
    const r = await db
      .updateTable('problems')
      .set({ ...set, updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async linkMeasure(db: DbOrTx, problemId: number, taskId: number) {
    const r = await db
      .selectFrom('problem_measures')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('problem_id', '=', problemId)
      .executeTakeFirst();
    await db
      .insertInto('problem_measures')
      .values({ problem_id: problemId, task_id: taskId, position: Number(r?.p ?? 0) + 1 })
      .execute();
  },

  /** The measures of some problems in order, with what the ledger says about each. */
  measures(db: DbOrTx, problemIds: number[]) {
    if (!problemIds.length) return Promise.resolve([]);
    return db
      .selectFrom('problem_measures')
      .innerJoin('tasks', 'tasks.id', 'problem_measures.task_id')
      .select([
        'problem_measures.problem_id',
        'tasks.id',
        'tasks.title',
        'tasks.state',
        'tasks.status',
        'tasks.deadline',
        'tasks.owner_id',
        'tasks.owner_name',
        'tasks.progress',
        'tasks.latest_report',
      ])
      .where('problem_measures.problem_id', 'in', problemIds)
      .orderBy('problem_measures.problem_id')
      .orderBy('problem_measures.position')
      .execute();
  },

  /** The problems an import made: those whose measures carry its batch. */
  batchProblems(db: DbOrTx, batchId: number) {
    return db
      .selectFrom('problems')
      .select(['id', 'finding', 'unit_id'])
      .where(
        'id',
        'in',
        db
          .selectFrom('problem_measures')
          .innerJoin('tasks', 'tasks.id', 'problem_measures.task_id')
          .select('problem_measures.problem_id')
          .where('tasks.import_batch_id', '=', batchId),
      )
      .orderBy('id')
      .execute();
  },

  /** Measures of these problems added after their import (not of the batch). */
  foreignMeasures(db: DbOrTx, batchId: number, problemIds: number[]) {
    if (!problemIds.length) return Promise.resolve([]);
    return db
      .selectFrom('problem_measures')
      .innerJoin('tasks', 'tasks.id', 'problem_measures.task_id')
      .select(['tasks.id', 'tasks.title', 'tasks.status'])
      .where('problem_measures.problem_id', 'in', problemIds)
      .where((eb) => eb.or([eb('tasks.import_batch_id', 'is', null), eb('tasks.import_batch_id', '!=', batchId)]))
      .execute();
  },

  async remove(db: DbOrTx, id: number) {
    await db.deleteFrom('problems').where('id', '=', id).execute();
  },

  unitNames(db: DbOrTx, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
  },

  userNames(db: DbOrTx, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'display_name as name']).where('id', 'in', ids).execute();
  },

  /** The task a look-back check is about (a problem naming the check is seen through it), or undefined. */
  async lookBackCheckTask(db: DbOrTx, checkId: number): Promise<number | undefined> {
    return (await db.selectFrom('look_back_checks').select('task_id').where('id', '=', checkId).executeTakeFirst())?.task_id;
  },
};
