import type { DbOrTx } from '../../../platform/db/types.ts';
import { systemActor } from '../../../platform/access/index.ts';
import { filteredTasks } from '../../ledger/index.ts';
import { reminderKey, type ColouredTask, type ReminderLight } from '../domain/index.ts';
import '../tables.ts';

const CHUNK = 500;

export const reminderRepo = {
  /** Every yellow or red task today, through the ledger's own light filter. */
  async coloured(db: DbOrTx, today: string): Promise<ColouredTask[]> {
    const rows = await filteredTasks(db, systemActor('scheduler'), { light: ['yellow', 'red'] }, today)
      .select(['tasks.id', 'tasks.state', 'tasks.deadline', 'tasks.yellow_from', 'tasks.red_from'])
      .where('tasks.lead_unit_id', 'is not', null)
      .orderBy('tasks.id')
      .execute();
    return rows.map((r) => ({ id: r.id, state: r.state, deadline: r.deadline, yellowFrom: r.yellow_from, redFrom: r.red_from }));
  },

  /** Keys (task|colour|since) already sent for these tasks. */
  async sentKeys(db: DbOrTx, taskIds: number[]): Promise<Set<string>> {
    const keys = new Set<string>();
    for (let i = 0; i < taskIds.length; i += CHUNK) {
      const rows = await db
        .selectFrom('reminders_sent')
        .select(['task_id', 'light', 'since'])
        .where('task_id', 'in', taskIds.slice(i, i + CHUNK))
        .execute();
      for (const r of rows) keys.add(reminderKey(r.task_id, r.light as ReminderLight, r.since));
    }
    return keys;
  },

  /** Records a reminder; false when another scan recorded it first (the unique key decides). */
  async markSent(tx: DbOrTx, r: { taskId: number; light: ReminderLight; since: string; recipients: number }, now: string): Promise<boolean> {
    const row = await tx
      .insertInto('reminders_sent')
      .values({ task_id: r.taskId, light: r.light, since: r.since, recipients: r.recipients, created_at: now })
      .onConflict((oc) => oc.columns(['task_id', 'light', 'since']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  },

  /** A manual reminder; null when this sender already reminded this task today. */
  async insertManual(
    tx: DbOrTx,
    r: { taskId: number; senderId: number; day: string; message: string | null; recipients: number },
    now: string,
  ): Promise<number | null> {
    const row = await tx
      .insertInto('manual_reminders')
      .values({ task_id: r.taskId, sender_id: r.senderId, day: r.day, message: r.message, recipients: r.recipients, created_at: now })
      .onConflict((oc) => oc.columns(['task_id', 'sender_id', 'day']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id ?? null;
  },

  sent(db: DbOrTx, taskId: number) {
    return db
      .selectFrom('reminders_sent')
      .select(['light', 'since', 'recipients', 'created_at as createdAt'])
      .where('task_id', '=', taskId)
      .orderBy('id')
      .execute();
  },
};
