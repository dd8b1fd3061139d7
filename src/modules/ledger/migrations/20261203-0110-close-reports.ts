import type { Kysely } from 'kysely';

/**
 * Reports left pending on tasks already closed (signed off or cancelled before 销号 and 撤销 closed
 * them, domain reviewsReports): a signed-off task's 销号申请 was decided by the sign-off, the rest
 * are closed with the task. Nothing to undo: a closed report was not to be reviewed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const closedTasks = (states: string[]) => db.selectFrom('tasks').select('id').where('state', 'in', states);
  await db
    .updateTable('progress_reports')
    .set({ review: 'accepted' })
    .where('review', '=', 'pending')
    .where('kind', '=', 'signOffRequest')
    .where('task_id', 'in', closedTasks(['signedOff']))
    .execute();
  await db
    .updateTable('progress_reports')
    .set({ review: 'closed' })
    .where('review', '=', 'pending')
    .where('task_id', 'in', closedTasks(['signedOff', 'cancelled']))
    .execute();
}

export async function down(): Promise<void> {}
