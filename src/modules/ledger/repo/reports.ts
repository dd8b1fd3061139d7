import type { Insertable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import type { ProgressReportTable } from '../tables.ts';

export const reportRepo = {
  async insert(db: DbOrTx, row: Insertable<ProgressReportTable>): Promise<number> {
    const { id } = await db.insertInto('progress_reports').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  listForTask(db: DbOrTx, taskId: number) {
    return db
      .selectFrom('progress_reports')
      .innerJoin('units', 'units.id', 'progress_reports.unit_id')
      .leftJoin('users as author', 'author.id', 'progress_reports.author_id')
      .leftJoin('users as reviewer', 'reviewer.id', 'progress_reports.reviewed_by')
      .select([
        'progress_reports.id',
        'progress_reports.kind',
        'progress_reports.text',
        'progress_reports.percent',
        'progress_reports.milestone',
        'progress_reports.file_ids as fileIds',
        'progress_reports.review',
        'progress_reports.review_comment as reviewComment',
        'progress_reports.reviewed_at as reviewedAt',
        'progress_reports.created_at as createdAt',
        'units.id as unitId',
        'units.name as unitName',
        'author.display_name as authorName',
        'reviewer.display_name as reviewerName',
      ])
      .where('progress_reports.task_id', '=', taskId)
      .orderBy('progress_reports.id', 'desc')
      .execute();
  },

  /** Reports attaching the file (file_ids is a JSON array: LIKE narrows, the parse decides). */
  async withFile(db: DbOrTx, fileId: number) {
    const rows = await db.selectFrom('progress_reports').select(['id', 'task_id', 'author_id', 'file_ids']).where('file_ids', 'like', `%${fileId}%`).execute();
    return rows.filter((r) => (JSON.parse(r.file_ids) as number[]).includes(fileId));
  },

  get(db: DbOrTx, id: number) {
    return db.selectFrom('progress_reports').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** The task's pending 销号申请 reports take the sign-off decision (signOff → accepted, returnSignOff → returned). */
  decideSignOffRequests(db: DbOrTx, taskId: number, review: 'accepted' | 'returned', comment: string | null, by: number, at: string) {
    return db
      .updateTable('progress_reports')
      .set({ review, review_comment: comment, reviewed_by: by, reviewed_at: at })
      .where('task_id', '=', taskId)
      .where('kind', '=', 'signOffRequest')
      .where('review', '=', 'pending')
      .execute();
  },

  /** Closes the task's reports still pending: the task was signed off or cancelled (domain reviewsReports). */
  closePending(db: DbOrTx, taskId: number, by: number, at: string) {
    return db
      .updateTable('progress_reports')
      .set({ review: 'closed', reviewed_by: by, reviewed_at: at })
      .where('task_id', '=', taskId)
      .where('review', '=', 'pending')
      .execute();
  },

  setReview(db: DbOrTx, id: number, review: 'accepted' | 'returned', comment: string | null, by: number, at: string) {
    return db
      .updateTable('progress_reports')
      .set({ review, review_comment: comment, reviewed_by: by, reviewed_at: at })
      .where('id', '=', id)
      .where('review', '=', 'pending')
      .executeTakeFirst();
  },
};
