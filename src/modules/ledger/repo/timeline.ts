import type { DbOrTx } from '../../../platform/db/types.ts';

export const timelineRepo = {
  /**
   * A task's audit rows of the given kinds, oldest first, with the actor's display name where the
   * account still exists (else the name the audit row kept).
   */
  forTask(db: DbOrTx, taskId: number, kinds: readonly string[]) {
    return db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.username', 'audit_log.actor_name')
      .select(['audit_log.id', 'audit_log.at', 'audit_log.actor_name as actorName', 'users.display_name as displayName', 'audit_log.action', 'audit_log.after'])
      .where('audit_log.entity', '=', 'task')
      .where('audit_log.entity_id', '=', String(taskId))
      .where('audit_log.action', 'in', [...kinds])
      .orderBy('audit_log.id')
      .execute();
  },
};
