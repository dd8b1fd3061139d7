import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { filteredTasks, LIGHTFUL_STATUSES } from '../../ledger/index.ts';
import '../tables.ts';

const columns = [
  'supervision_notices.id',
  'supervision_notices.year',
  'supervision_notices.seq',
  'supervision_notices.number',
  'supervision_notices.task_id',
  'supervision_notices.unit_id',
  'supervision_notices.requirements',
  'supervision_notices.due_by',
  'supervision_notices.issued_by',
  'supervision_notices.issued_at',
  'supervision_notices.file_id',
  'tasks.title as task_title',
  'units.name as unit_name',
  'users.display_name as issuer_name',
] as const;

export const noticeRepo = {
  /** Open tasks (not yet signed off or cancelled) the actor sees on which a notice pressed one of `unitIds`: the liaison's 督办 received. */
  async openTasksNoticed(db: DbOrTx, actor: Actor, unitIds: number[], today: string): Promise<number[]> {
    if (!unitIds.length) return [];
    const rows = await filteredTasks(db, actor, { status: LIGHTFUL_STATUSES }, today)
      .select('tasks.id')
      .where('tasks.id', 'in', (eb) =>
        eb.selectFrom('supervision_notices').select('supervision_notices.task_id').where('supervision_notices.unit_id', 'in', unitIds),
      )
      .orderBy('tasks.id')
      .execute();
    return rows.map((r) => r.id);
  },

  /**
   * The next number of the year. The upsert takes the counter row's lock until the transaction
   * ends (PostgreSQL) or runs alone (SQLite), so two notices never share a number, and a rolled
   * back notice gives its number back.
   */
  async nextSeq(tx: DbOrTx, year: number): Promise<number> {
    const row = await tx
      .insertInto('supervision_counters')
      .values({ year, seq: 1 })
      .onConflict((oc) => oc.column('year').doUpdateSet({ seq: sql<number>`supervision_counters.seq + 1` }))
      .returning('seq')
      .executeTakeFirstOrThrow();
    return Number(row.seq);
  },

  async insert(
    tx: DbOrTx,
    n: {
      year: number;
      seq: number;
      number: string;
      taskId: number;
      unitId: number;
      requirements: string;
      dueBy: string | null;
      issuedBy: number;
      issuedAt: string;
      fileId: number;
    },
  ) {
    const { id } = await tx
      .insertInto('supervision_notices')
      .values({
        year: n.year,
        seq: n.seq,
        number: n.number,
        task_id: n.taskId,
        unit_id: n.unitId,
        requirements: n.requirements,
        due_by: n.dueBy,
        issued_by: n.issuedBy,
        issued_at: n.issuedAt,
        file_id: n.fileId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** Notices on tasks the actor may see, newest first. */
  list(db: DbOrTx, actor: Actor, today: string, f: { taskId?: number; id?: number }) {
    let q = db
      .selectFrom('supervision_notices')
      .innerJoin('tasks', 'tasks.id', 'supervision_notices.task_id')
      .innerJoin('units', 'units.id', 'supervision_notices.unit_id')
      .innerJoin('users', 'users.id', 'supervision_notices.issued_by')
      .select(columns)
      .where('supervision_notices.task_id', 'in', filteredTasks(db, actor, {}, today).select('tasks.id'));
    if (f.taskId !== undefined) q = q.where('supervision_notices.task_id', '=', f.taskId);
    if (f.id !== undefined) q = q.where('supervision_notices.id', '=', f.id);
    return q.orderBy('supervision_notices.year', 'desc').orderBy('supervision_notices.seq', 'desc').execute();
  },

  /** Who issues, as the notice names them: their display name and their own unit. */
  issuer(db: DbOrTx, userId: number) {
    return db
      .selectFrom('users')
      .innerJoin('units', 'units.id', 'users.unit_id')
      .select(['users.display_name as name', 'users.phone', 'units.name as unitName'])
      .where('users.id', '=', userId)
      .executeTakeFirst();
  },
};

export type NoticeRow = Awaited<ReturnType<typeof noticeRepo.list>>[number];
