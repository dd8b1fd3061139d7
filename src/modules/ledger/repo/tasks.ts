import { forgetLink } from '../../notifications/index.ts';
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database, DbOrTx } from '../../../platform/db/types.ts';
import { jsonObjectAgg, likeOperator, parseJsonColumn, unindexed } from '../../../platform/db/dialects/index.ts';
import { inScope, resolveScope, type Actor } from '../../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import { domainColumns, type DomainRow, type TaskRow } from '../task-mapping.ts';

export const LIGHTFUL_STATUSES = ['dispatched', 'acknowledged', 'inProgress', 'signOffRequested', 'reopened', 'returned', 'extensionRequested'];

export interface TaskFilter {
  unitId?: number;
  /** How the unit takes part: 牵头 (lead, the default), 配合 (supporting) or either. */
  involvement?: 'lead' | 'supporting' | 'any';
  status?: string[];
  light?: ('red' | 'yellow' | 'green')[];
  deadlineFrom?: string;
  deadlineTo?: string;
  sourceId?: number;
  category?: string[];
  ownerId?: number;
  key?: boolean;
  parentId?: number;
  q?: string;
  ids?: number[];
  /** Signed off (销号) / dispatched (下达) within these dates: the dashboard's trends open these lists. */
  signedOffFrom?: string;
  signedOffTo?: string;
  dispatchedFrom?: string;
  dispatchedTo?: string;
  /** 按期: signed off on or before the (current) deadline, or with no deadline; false: after it. */
  onTime?: boolean;
  /** 待审核: a progress report awaits its review (a 销号申请 is decided on the task, so it counts as signOffRequested instead). */
  pendingReview?: boolean;
  /** 待批示: no 批示 from the reader on the task yet (true), or one at least (false). The leader's to-do line. */
  uninstructed?: boolean;
  sort?: 'deadline' | '-deadline' | 'updatedAt' | '-updatedAt' | 'number' | 'id';
}

/**
 * How to find a page when both a unit subtree and statuses filter it: walk the (status, deadline)
 * index in order and stop after a page ('ordered', good when the subtree holds a fair share of
 * those tasks), or seek the subtree's units and sort ('seek', good for a small share). The
 * service chooses from the roll-up counts it already read for the total.
 */
export type PagePlan = 'ordered' | 'seek';

type TaskQuery = SelectQueryBuilder<Database, 'tasks', object>;

/** Drafts are the organization department's work in progress: units see a task once it is dispatched. */
export const seesDrafts = (actor: Actor) => actor.permissions.has('ledger.manage');

const subtree = (eb: ExpressionBuilder<Database, 'tasks'>, unitId: number) =>
  eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId);

/** The task list's WHERE clause: data scope first, then the user's filters. One builder serves list, count and export. */
export function filteredTasks(db: DbOrTx, actor: Actor, f: TaskFilter, today: string, plan: PagePlan = 'seek'): TaskQuery {
  let q = db.selectFrom('tasks') as TaskQuery;
  // A city-wide reader needs no scope clause at all: keep the page query as plain as the bare one.
  if (!resolveScope(actor, 'ledger.read').all)
    q = q.where((eb) =>
      eb.or([
        inScope(eb, actor, 'ledger.read', { unit: 'tasks.lead_unit_id', owner: 'tasks.owner_id' }),
        eb.exists(
          eb
            .selectFrom('task_units')
            .select('task_units.task_id')
            .whereRef('task_units.task_id', '=', 'tasks.id')
            .where((eb2) => inScope(eb2, actor, 'ledger.read', { unit: 'task_units.unit_id' })),
        ),
      ]),
    ) as TaskQuery;
  if (!seesDrafts(actor)) q = q.where('tasks.status', '!=', 'draft');
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    const involvement = f.involvement ?? 'lead';
    const supporting = (eb: ExpressionBuilder<Database, 'tasks'>) =>
      eb.exists(
        eb
          .selectFrom('task_units')
          .select('task_units.task_id')
          .whereRef('task_units.task_id', '=', 'tasks.id')
          .where('task_units.unit_id', 'in', subtree(eb as never, unitId)),
      );
    if (involvement === 'lead') {
      const lead = plan === 'ordered' ? unindexed(db, 'tasks.lead_unit_id') : sql.ref('tasks.lead_unit_id');
      q = q.where((eb) => eb(lead as never, 'in', subtree(eb, unitId) as never));
    } else if (involvement === 'supporting') q = q.where((eb) => supporting(eb));
    else q = q.where((eb) => eb.or([eb('tasks.lead_unit_id', 'in', subtree(eb, unitId)), supporting(eb)]));
  }
  // Walking the deadline order, several statuses are checked per row rather than read from their index.
  const status = (n: number) => (plan === 'ordered' && n > 1 ? unindexed(db, 'tasks.status') : sql.ref('tasks.status'));
  if (f.status?.length) {
    const statuses = f.status;
    q = q.where((eb) => eb(status(statuses.length) as never, 'in', statuses as never));
  }
  if (f.light?.length) {
    const lights = f.light;
    // red means a deadline already past and yellow one not yet past (lights.ts): saying so lets
    // the deadline index bound the walk; the threshold columns still decide.
    q = q
      .where((eb) => eb(status(LIGHTFUL_STATUSES.length) as never, 'in', LIGHTFUL_STATUSES as never))
      .where((eb) =>
        eb.or(
          lights.map((l) =>
            l === 'red'
              ? eb.and([eb('tasks.red_from', '<=', today), eb('tasks.deadline_sort', '<', today)])
              : l === 'yellow'
                ? eb.and([eb('tasks.red_from', '>', today), eb('tasks.yellow_from', '<=', today), eb('tasks.deadline_sort', '>=', today)])
                : eb('tasks.yellow_from', '>', today),
          ),
        ),
      );
  }
  if (f.deadlineFrom) q = q.where('tasks.deadline', '>=', f.deadlineFrom);
  if (f.deadlineTo) q = q.where('tasks.deadline', '<=', f.deadlineTo);
  if (f.sourceId !== undefined) q = q.where('tasks.source_id', '=', f.sourceId);
  if (f.category?.length) q = q.where('tasks.category', 'in', f.category);
  if (f.ownerId !== undefined) q = q.where('tasks.owner_id', '=', f.ownerId);
  if (f.key !== undefined) q = q.where('tasks.key_task', '=', f.key ? 1 : 0);
  if (f.parentId !== undefined) q = q.where('tasks.parent_id', '=', f.parentId);
  if (f.ids?.length) q = q.where('tasks.id', 'in', f.ids);
  if (f.signedOffFrom) q = q.where('tasks.signed_off_on', '>=', f.signedOffFrom);
  if (f.signedOffTo) q = q.where('tasks.signed_off_on', '<=', f.signedOffTo);
  if (f.dispatchedFrom) q = q.where('tasks.dispatched_on', '>=', f.dispatchedFrom);
  if (f.dispatchedTo) q = q.where('tasks.dispatched_on', '<=', f.dispatchedTo);
  if (f.onTime !== undefined) {
    q = q.where('tasks.signed_off_on', 'is not', null);
    q = f.onTime
      ? q.where((eb) => eb.or([eb('tasks.deadline', 'is', null), eb('tasks.signed_off_on', '<=', eb.ref('tasks.deadline'))]))
      : q.where('tasks.deadline', 'is not', null).whereRef('tasks.signed_off_on', '>', 'tasks.deadline');
  }
  if (f.pendingReview !== undefined) {
    const pending = (eb: ExpressionBuilder<Database, 'tasks'>) =>
      eb.exists(
        eb
          .selectFrom('progress_reports')
          .select('progress_reports.id')
          .whereRef('progress_reports.task_id', '=', 'tasks.id')
          .where('progress_reports.kind', '=', 'progress')
          .where('progress_reports.review', '=', 'pending'),
      );
    const wanted = f.pendingReview;
    q = q.where((eb) => (wanted ? pending(eb) : eb.not(pending(eb))));
  }
  if (f.uninstructed !== undefined) {
    const mine = (eb: ExpressionBuilder<Database, 'tasks'>) =>
      eb.exists(
        eb
          .selectFrom('instructions')
          .select('instructions.id')
          .whereRef('instructions.task_id', '=', 'tasks.id')
          .where('instructions.author_id', '=', actor.userId),
      );
    const wanted = f.uninstructed;
    q = q.where((eb) => (wanted ? eb.not(mine(eb)) : mine(eb)));
  }
  if (f.q) {
    const like = `%${f.q}%`;
    const op = likeOperator(db);
    q = q.where((eb) => eb.or([eb('tasks.title', op, like), eb('tasks.description', op, like), eb('tasks.number', op, like)]));
  }
  return q;
}

export function sorted(q: TaskQuery, sort: TaskFilter['sort'] = 'deadline') {
  switch (sort) {
    case '-deadline':
      return q.orderBy('tasks.deadline_sort', 'desc').orderBy('tasks.id', 'desc');
    case 'updatedAt':
      return q.orderBy('tasks.updated_at').orderBy('tasks.id');
    case '-updatedAt':
      return q.orderBy('tasks.updated_at', 'desc').orderBy('tasks.id', 'desc');
    case 'number':
      return q.orderBy('tasks.source_id').orderBy('tasks.sort_key').orderBy('tasks.id');
    case 'id':
      return q.orderBy('tasks.id');
    default:
      return q.orderBy('tasks.deadline_sort').orderBy('tasks.id');
  }
}

/** The columns a ledger list shows: a page reads these, not the whole row. */
export const listColumns = [
  'tasks.id',
  'tasks.number',
  'tasks.title',
  'tasks.state',
  'tasks.status',
  'tasks.yellow_from',
  'tasks.red_from',
  'tasks.deadline',
  'tasks.deadline_phrase',
  'tasks.lead_unit_id',
  'tasks.owner_id',
  'tasks.owner_name',
  'tasks.liaison_id',
  'tasks.liaison_name',
  'tasks.category',
  'tasks.key_task',
  'tasks.source_id',
  'tasks.parent_id',
  'tasks.progress',
  'tasks.latest_report',
  'tasks.updated_at',
  'tasks.version',
] as const;
export type ListRow = Pick<TaskRow, (typeof listColumns)[number] extends `tasks.${infer C}` ? C & keyof TaskRow : never> & {
  lead_unit_name?: string | null;
  supporting_units?: { id: number; name: string }[];
};

export const taskRepo = {
  /** The page query itself (also what the benchmark's bare route runs verbatim). */
  pageQuery(db: DbOrTx, actor: Actor, f: TaskFilter, paging: Paging, today: string, plan: PagePlan = 'seek') {
    return sorted(filteredTasks(db, actor, f, today, plan), f.sort)
      .leftJoin('units as lead_unit', 'lead_unit.id', 'tasks.lead_unit_id')
      .select((eb) => [
        ...listColumns,
        'lead_unit.name as lead_unit_name',
        eb
          .selectFrom('task_units')
          .innerJoin('units as su', 'su.id', 'task_units.unit_id')
          .select(jsonObjectAgg(db, { id: 'su.id', name: 'su.name' }).as('j'))
          .whereRef('task_units.task_id', '=', 'tasks.id')
          .as('supporting_units'),
      ])
      .limit(paging.pageSize)
      .offset(offsetOf(paging));
  },

  async page(db: DbOrTx, actor: Actor, f: TaskFilter, paging: Paging, today: string, plan: PagePlan = 'seek'): Promise<ListRow[]> {
    const rows = await this.pageQuery(db, actor, f, paging, today, plan).execute();
    // Units and names of each task's 配合单位 come with the page: one round trip, not two.
    return rows.map((r) => ({
      ...r,
      supporting_units: parseJsonColumn<{ id: number; name: string }[]>(r.supporting_units ?? '[]').sort((a, b) => a.id - b.id),
    }));
  },

  async count(db: DbOrTx, actor: Actor, f: TaskFilter, today: string): Promise<number> {
    const r = await filteredTasks(db, actor, f, today)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** The reason of the latest 退回 among the tasks the filter selects (the to-do's 被退回 line), or null. */
  async latestReturnReason(db: DbOrTx, actor: Actor, f: TaskFilter, today: string): Promise<{ title: string; reason: string } | null> {
    const r = await filteredTasks(db, actor, f, today)
      .select(['tasks.title', 'tasks.sign_off_return'])
      .where('tasks.sign_off_return', 'is not', null)
      .orderBy('tasks.updated_at', 'desc')
      .orderBy('tasks.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!r?.sign_off_return) return null;
    return { title: r.title, reason: (JSON.parse(r.sign_off_return) as { reason?: string }).reason ?? '' };
  },

  /** Tasks the filter selects, by status: how many, and how many of them are red or yellow today (thresholds as the list's light filter). */
  async statusTotals(db: DbOrTx, actor: Actor, f: TaskFilter, today: string): Promise<{ status: string; total: number; red: number; yellow: number }[]> {
    const rows = await filteredTasks(db, actor, f, today)
      .select([
        'tasks.status',
        sql<number>`count(*)`.as('total'),
        sql<number>`sum(case when tasks.red_from <= ${today} then 1 else 0 end)`.as('red'),
        sql<number>`sum(case when tasks.red_from > ${today} and tasks.yellow_from <= ${today} then 1 else 0 end)`.as('yellow'),
      ])
      .groupBy('tasks.status')
      .execute();
    return rows.map((r) => ({ status: r.status, total: Number(r.total), red: Number(r.red), yellow: Number(r.yellow) }));
  },

  /** One task if the actor may see it; undefined is a 404 to the caller. */
  getScoped(db: DbOrTx, actor: Actor, id: number, today: string): Promise<TaskRow | undefined> {
    return filteredTasks(db, actor, {}, today).selectAll('tasks').where('tasks.id', '=', id).executeTakeFirst();
  },

  get(db: DbOrTx, id: number): Promise<TaskRow | undefined> {
    return db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Supporting units of several tasks with their names, in one query. */
  async supportingNamed(db: DbOrTx, taskIds: number[]): Promise<Map<number, { id: number; name: string }[]>> {
    const out = new Map<number, { id: number; name: string }[]>(taskIds.map((id) => [id, []]));
    if (!taskIds.length) return out;
    const rows = await db
      .selectFrom('task_units')
      .innerJoin('units', 'units.id', 'task_units.unit_id')
      .select(['task_units.task_id', 'units.id', 'units.name'])
      .where('task_units.task_id', 'in', taskIds)
      .orderBy('units.id')
      .execute();
    for (const r of rows) out.get(r.task_id)?.push({ id: r.id, name: r.name });
    return out;
  },

  /** The names a list shows beside the ids its rows hold: units, users (owner, liaison), sources (title, kind). */
  async namesOf(db: DbOrTx, ids: { units: number[]; users: number[]; sources: number[]; tasks: number[] }) {
    const [units, users, sources, tasks] = await Promise.all([
      ids.units.length ? db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids.units).execute() : [],
      ids.users.length ? db.selectFrom('users').select(['id', 'display_name as name']).where('id', 'in', ids.users).execute() : [],
      ids.sources.length ? db.selectFrom('sources').select(['id', 'title', 'kind']).where('id', 'in', ids.sources).execute() : [],
      // Only the parents' numbers: a parent outside the reader's scope shows no more than 三、.
      ids.tasks.length ? db.selectFrom('tasks').select(['id', 'number']).where('id', 'in', ids.tasks).execute() : [],
    ]);
    return { units, users, sources, tasks };
  },

  async supporting(db: DbOrTx, taskIds: number[]): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>(taskIds.map((id) => [id, []]));
    if (!taskIds.length) return out;
    const rows = await db.selectFrom('task_units').select(['task_id', 'unit_id']).where('task_id', 'in', taskIds).orderBy('unit_id').execute();
    for (const r of rows) out.get(r.task_id)?.push(r.unit_id);
    return out;
  },

  /** What the domain's light rules read of several tasks, with their source's reporting cycle: one query for a page. */
  async domainRows(db: DbOrTx, taskIds: number[]): Promise<Map<number, DomainRow & { source_cycle: string | null }>> {
    if (!taskIds.length) return new Map();
    const rows = await db
      .selectFrom('tasks')
      .leftJoin('sources', 'sources.id', 'tasks.source_id')
      .select([...domainColumns.map((c) => `tasks.${c}` as const), 'tasks.id', 'sources.reporting_cycle as source_cycle'])
      .where('tasks.id', 'in', taskIds)
      .execute();
    return new Map(rows.map((r) => [r.id, r]));
  },

  sourceCycle(db: DbOrTx, sourceId: number | null) {
    if (sourceId === null) return Promise.resolve(null);
    return db
      .selectFrom('sources')
      .select('reporting_cycle')
      .where('id', '=', sourceId)
      .executeTakeFirst()
      .then((r) => r?.reporting_cycle ?? null);
  },

  async insert(db: DbOrTx, row: Omit<TaskRow, 'id' | 'version'> & { version?: number }, supportingUnitIds: number[]): Promise<number> {
    const { id } = await db.insertInto('tasks').values(row).returning('id').executeTakeFirstOrThrow();
    await setSupporting(db, id, supportingUnitIds);
    return id;
  },

  /** Writes the changed columns when the version still matches; false means a stale write. */
  async update(db: DbOrTx, id: number, version: number, set: Partial<TaskRow>, now: string): Promise<boolean> {
    const { id: _, version: __, ...cols } = set as TaskRow;
    const r = await db
      .updateTable('tasks')
      .set({ ...cols, updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  setSupporting,

  async remove(db: DbOrTx, id: number) {
    await db.deleteFrom('task_units').where('task_id', '=', id).execute();
    await db.deleteFrom('progress_reports').where('task_id', '=', id).execute();
    await forgetLink(db, { type: 'task', id });
    await db.deleteFrom('tasks').where('id', '=', id).execute();
  },

  /**
   * The task's ancestors through parent_id, in no order (the task itself only when an older
   * version let a cycle in). UNION, not UNION ALL: a row met twice ends the walk, cycle or not.
   */
  async ancestorIds(db: DbOrTx, id: number): Promise<number[]> {
    const rows = await db
      .withRecursive('up(id, parent_id)', (q) =>
        q
          .selectFrom('tasks')
          .select(['tasks.id', 'tasks.parent_id'])
          .where('tasks.id', '=', id)
          .union((q2) => q2.selectFrom('tasks').innerJoin('up', 'up.parent_id', 'tasks.id').select(['tasks.id', 'tasks.parent_id'])),
      )
      .selectFrom('up')
      .select('up.parent_id')
      .where('up.parent_id', 'is not', null)
      .distinct()
      .execute();
    return rows.map((r) => r.parent_id as number);
  },

  children(db: DbOrTx, id: number) {
    return db.selectFrom('tasks').select(['id', 'state']).where('parent_id', '=', id).execute();
  },
};

async function setSupporting(db: DbOrTx, taskId: number, unitIds: number[]) {
  await db.deleteFrom('task_units').where('task_id', '=', taskId).execute();
  const unique = [...new Set(unitIds)];
  if (unique.length)
    await db
      .insertInto('task_units')
      .values(unique.map((unit_id) => ({ task_id: taskId, unit_id })))
      .execute();
}
