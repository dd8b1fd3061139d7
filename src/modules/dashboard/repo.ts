import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/types.ts';
import type { Actor } from '../../platform/access/index.ts';
import { filteredTasks, LIGHTFUL_STATUSES, taskRepo, type TaskFilter } from '../ledger/index.ts';

/**
 * The dashboard's SQL. Task queries start from the ledger's own filteredTasks, so every count
 * here is, by construction, the total of the /api/tasks list with the same filter.
 */
export interface StatusRow {
  status: string;
  total: number;
  red: number;
  yellow: number;
}

const num = (x: unknown) => Number(x ?? 0);

const lightSums = (today: string) =>
  [
    sql<number>`count(*)`.as('total'),
    sql<number>`sum(case when tasks.red_from <= ${today} then 1 else 0 end)`.as('red'),
    sql<number>`sum(case when tasks.red_from > ${today} and tasks.yellow_from <= ${today} then 1 else 0 end)`.as('yellow'),
  ] as const;

export const dashboardRepo = {
  roots(db: DbOrTx) {
    return db.selectFrom('units').select(['id', 'name']).where('parent_id', 'is', null).orderBy('sort_order').orderBy('id').execute();
  },

  unit(db: DbOrTx, id: number) {
    return db.selectFrom('units').select(['id', 'name', 'level']).where('id', '=', id).executeTakeFirst();
  },

  children(db: DbOrTx, id: number) {
    return db.selectFrom('units').select(['id', 'name']).where('parent_id', '=', id).orderBy('sort_order').orderBy('id').execute();
  },

  names(db: DbOrTx, ids: number[]) {
    return ids.length ? db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute() : Promise.resolve([]);
  },

  /** The subtree roots among `ancestors` that contain `unitId`, nearest the root first. */
  async coveringAncestors(db: DbOrTx, ancestors: number[], unitId: number): Promise<number[]> {
    if (!ancestors.length) return [];
    const rows = await db
      .selectFrom('unit_closure')
      .select(['ancestor_id', 'depth'])
      .where('descendant_id', '=', unitId)
      .where('ancestor_id', 'in', ancestors)
      .orderBy('depth', 'desc')
      .execute();
    return rows.map((r) => r.ancestor_id);
  },

  /** The shallowest of these units (an actor's widest grant). */
  async shallowest(db: DbOrTx, ids: number[]): Promise<number | undefined> {
    if (!ids.length) return undefined;
    const r = await db.selectFrom('units').select('id').where('id', 'in', ids).orderBy('level').orderBy('id').executeTakeFirst();
    return r?.id;
  },

  /** Counts by status and light, scanning tasks (for scopes the roll-up counters cannot answer). */
  async statusRows(db: DbOrTx, actor: Actor, f: TaskFilter, today: string): Promise<StatusRow[]> {
    const rows = await filteredTasks(db, actor, f, today)
      .select(['tasks.status', ...lightSums(today)])
      .groupBy('tasks.status')
      .execute();
    return rows.map((r) => ({ status: r.status, total: num(r.total), red: num(r.red), yellow: num(r.yellow) }));
  },

  /** The same per child unit (its subtree), in one query over the closure table. */
  async statusRowsByChild(db: DbOrTx, actor: Actor, f: TaskFilter, childIds: number[], today: string): Promise<Map<number, StatusRow[]>> {
    const out = new Map<number, StatusRow[]>(childIds.map((id) => [id, []]));
    if (!childIds.length) return out;
    const rows = await filteredTasks(db, actor, f, today)
      .innerJoin('unit_closure as c', 'c.descendant_id', 'tasks.lead_unit_id')
      .where('c.ancestor_id', 'in', childIds)
      .select(['c.ancestor_id as unitId', 'tasks.status', ...lightSums(today)])
      .groupBy(['c.ancestor_id', 'tasks.status'])
      .execute();
    for (const r of rows) out.get(r.unitId)?.push({ status: r.status, total: num(r.total), red: num(r.red), yellow: num(r.yellow) });
    return out;
  },

  count: (db: DbOrTx, actor: Actor, f: TaskFilter, today: string) => taskRepo.count(db, actor, f, today),

  /** Rows per day of a date column (signed_off_on, dispatched_on), for trend buckets. */
  async perDay(db: DbOrTx, actor: Actor, f: TaskFilter, column: 'signed_off_on' | 'dispatched_on', today: string) {
    const ref = sql.ref(`tasks.${column}`);
    const rows = await filteredTasks(db, actor, f, today)
      .select([sql<string>`${ref}`.as('day'), sql<number>`count(*)`.as('n')])
      .groupBy(ref)
      .execute();
    return rows.filter((r) => r.day !== null).map((r) => ({ day: String(r.day), n: num(r.n) }));
  },

  /** Per child unit: how many rows match, and how many of them are on time (signed off lists). */
  async onTimeByChild(db: DbOrTx, actor: Actor, f: TaskFilter, childIds: number[], today: string) {
    const out = new Map<number, { total: number; onTime: number }>(childIds.map((id) => [id, { total: 0, onTime: 0 }]));
    if (!childIds.length) return out;
    const rows = await filteredTasks(db, actor, f, today)
      .innerJoin('unit_closure as c', 'c.descendant_id', 'tasks.lead_unit_id')
      .where('c.ancestor_id', 'in', childIds)
      .select([
        'c.ancestor_id as unitId',
        sql<number>`count(*)`.as('total'),
        sql<number>`sum(case when tasks.deadline is null or tasks.signed_off_on <= tasks.deadline then 1 else 0 end)`.as('onTime'),
      ])
      .groupBy('c.ancestor_id')
      .execute();
    for (const r of rows) out.set(r.unitId, { total: num(r.total), onTime: num(r.onTime) });
    return out;
  },

  /** Tasks by source: active, signed off and red, with the source's title (tasks without a source are left out). */
  async bySource(db: DbOrTx, actor: Actor, f: TaskFilter, active: string[], today: string) {
    const rows = await filteredTasks(db, actor, f, today)
      .where('tasks.source_id', 'is not', null)
      .where('tasks.status', 'in', active)
      .innerJoin('sources', 'sources.id', 'tasks.source_id')
      .select([
        'sources.id',
        'sources.title',
        'sources.kind',
        sql<number>`count(*)`.as('total'),
        sql<number>`sum(case when tasks.status = 'signedOff' then 1 else 0 end)`.as('signedOff'),
        sql<number>`sum(case when tasks.status in (${sql.join(LIGHTFUL_STATUSES)}) and tasks.red_from <= ${today} then 1 else 0 end)`.as('red'),
      ])
      .groupBy(['sources.id', 'sources.title', 'sources.kind'])
      .orderBy('sources.id')
      .execute();
    return rows.map((r) => ({ id: r.id, title: r.title, kind: r.kind, total: num(r.total), signedOff: num(r.signedOff), red: num(r.red) }));
  },

  /** The battle map's rows, in deadline order, at most `limit`. */
  battleRows(db: DbOrTx, actor: Actor, f: TaskFilter, today: string, limit: number) {
    return filteredTasks(db, actor, f, today)
      .select([
        'tasks.id',
        'tasks.number',
        'tasks.title',
        'tasks.status',
        'tasks.yellow_from',
        'tasks.red_from',
        'tasks.dispatched_on',
        'tasks.deadline',
        'tasks.signed_off_on',
        'tasks.milestones',
        'tasks.lead_unit_id',
        'tasks.source_id',
      ])
      .orderBy('tasks.deadline_sort')
      .orderBy('tasks.id')
      .limit(limit)
      .execute();
  },

  /** Which child (of these) each unit lies under. */
  async childOf(db: DbOrTx, childIds: number[], unitIds: number[]): Promise<Map<number, number>> {
    if (!childIds.length || !unitIds.length) return new Map();
    const rows = await db
      .selectFrom('unit_closure')
      .select(['ancestor_id', 'descendant_id'])
      .where('ancestor_id', 'in', childIds)
      .where('descendant_id', 'in', unitIds)
      .execute();
    return new Map(rows.map((r) => [r.descendant_id, r.ancestor_id]));
  },

  sourceTitles(db: DbOrTx, ids: number[]) {
    return ids.length ? db.selectFrom('sources').select(['id', 'title']).where('id', 'in', ids).execute() : Promise.resolve([]);
  },
};
