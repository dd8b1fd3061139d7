import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import { filteredTasks } from '../../ledger/index.ts';
import '../tables.ts';

const CHUNK = 500;

export const lookBackRepo = {
  /** Checks not yet decided, on tasks the actor may see: the supervisor's 回头看 due. */
  async pendingChecks(db: DbOrTx, actor: Actor, today: string): Promise<number> {
    const r = await filteredTasks(db, actor, {}, today)
      .innerJoin('look_back_checks', 'look_back_checks.task_id', 'tasks.id')
      .where('look_back_checks.decision', 'is', null)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /**
   * The units' side of 回头看: tasks these units lead with a check still undecided, and the earliest
   * answer deadline among those checks (null when none has one).
   */
  async undecidedForUnits(db: DbOrTx, actor: Actor, unitIds: number[], today: string): Promise<{ taskIds: number[]; dueOn: string | null }> {
    if (!unitIds.length) return { taskIds: [], dueOn: null };
    const rows = await filteredTasks(db, actor, {}, today)
      .innerJoin('look_back_checks', 'look_back_checks.task_id', 'tasks.id')
      .innerJoin('look_backs', 'look_backs.id', 'look_back_checks.look_back_id')
      .where('look_back_checks.decision', 'is', null)
      .where('tasks.lead_unit_id', 'in', unitIds)
      .select(['tasks.id', 'look_backs.due_on'])
      .orderBy('tasks.id')
      .execute();
    const dues = rows.map((r) => r.due_on).filter((d): d is string => d !== null);
    return { taskIds: [...new Set(rows.map((r) => r.id))], dueOn: dues.length ? dues.sort()[0]! : null };
  },

  /** Signed-off tasks the actor may see, optionally of one source. */
  async candidates(db: DbOrTx, actor: Actor, today: string, sourceId?: number): Promise<number[]> {
    const rows = await filteredTasks(db, actor, { status: ['signedOff'], sourceId }, today)
      .select('tasks.id')
      .orderBy('tasks.id')
      .execute();
    return rows.map((r) => r.id);
  },

  async insert(
    tx: DbOrTx,
    l: {
      scope: string;
      sourceId: number | null;
      percent: number | null;
      note: string | null;
      seed: string;
      candidates: number;
      scheduledOn: string;
      dueOn: string | null;
      createdBy: number;
      at: string;
    },
    taskIds: number[],
  ) {
    const { id } = await tx
      .insertInto('look_backs')
      .values({
        scope: l.scope,
        source_id: l.sourceId,
        percent: l.percent,
        note: l.note,
        seed: l.seed,
        candidates: l.candidates,
        created_by: l.createdBy,
        scheduled_on: l.scheduledOn,
        due_on: l.dueOn,
        created_at: l.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < taskIds.length; i += CHUNK) {
      await tx
        .insertInto('look_back_checks')
        .values(taskIds.slice(i, i + CHUNK).map((task_id) => ({ look_back_id: id, task_id })))
        .execute();
    }
    return id;
  },

  async page(db: DbOrTx, paging: Paging) {
    const [{ n }, rows] = await Promise.all([
      db
        .selectFrom('look_backs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('look_backs')
        .innerJoin('users', 'users.id', 'look_backs.created_by')
        .selectAll('look_backs')
        .select('users.display_name as creator')
        .orderBy('look_backs.id', 'desc')
        .limit(paging.pageSize)
        .offset(offsetOf(paging))
        .execute(),
    ]);
    return { total: Number(n), rows };
  },

  get(db: DbOrTx, id: number) {
    return db
      .selectFrom('look_backs')
      .innerJoin('users', 'users.id', 'look_backs.created_by')
      .selectAll('look_backs')
      .select('users.display_name as creator')
      .where('look_backs.id', '=', id)
      .executeTakeFirst();
  },

  /** Checks per look-back by decision ('pending' for none yet). */
  async tallies(db: DbOrTx, ids: number[]): Promise<Map<number, Record<string, number>>> {
    const out = new Map<number, Record<string, number>>(ids.map((id) => [id, {}]));
    if (!ids.length) return out;
    const rows = await db
      .selectFrom('look_back_checks')
      .select(['look_back_id', 'decision', (eb) => eb.fn.countAll<number>().as('n')])
      .where('look_back_id', 'in', ids)
      .groupBy(['look_back_id', 'decision'])
      .execute();
    for (const r of rows) out.get(r.look_back_id)![r.decision ?? 'pending'] = Number(r.n);
    return out;
  },

  /** A look-back's checks on tasks the actor may see, with each task's state and light thresholds. */
  checks(db: DbOrTx, actor: Actor, today: string, f: { lookBackId?: number; checkId?: number }) {
    let q = db
      .selectFrom('look_back_checks')
      .innerJoin('tasks', 'tasks.id', 'look_back_checks.task_id')
      .leftJoin('units', 'units.id', 'tasks.lead_unit_id')
      .leftJoin('users', 'users.id', 'look_back_checks.decided_by')
      .selectAll('look_back_checks')
      .select([
        'tasks.title',
        'tasks.number',
        'tasks.state',
        'tasks.status',
        'tasks.deadline as task_deadline',
        'tasks.yellow_from',
        'tasks.red_from',
        'tasks.lead_unit_id',
        'units.name as unit_name',
        'users.display_name as decider',
      ])
      .where('look_back_checks.task_id', 'in', filteredTasks(db, actor, {}, today).select('tasks.id'));
    if (f.lookBackId !== undefined) q = q.where('look_back_checks.look_back_id', '=', f.lookBackId);
    if (f.checkId !== undefined) q = q.where('look_back_checks.id', '=', f.checkId);
    return q.orderBy('look_back_checks.id').execute();
  },

  /** Records the decision unless one was recorded first; false then. */
  async decide(tx: DbOrTx, id: number, d: { decision: string; reason: string; deadline: string | null; by: number; at: string }): Promise<boolean> {
    const r = await tx
      .updateTable('look_back_checks')
      .set({ decision: d.decision, reason: d.reason, deadline: d.deadline, decided_by: d.by, decided_at: d.at })
      .where('id', '=', id)
      .where('decision', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};

export type CheckRow = Awaited<ReturnType<typeof lookBackRepo.checks>>[number];
