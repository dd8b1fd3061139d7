import type { DbOrTx } from '../../platform/db/types.ts';
import type { LinkTarget } from './types.ts';

/** All SQL on notifications. */
export const notificationRepo = {
  async insert(db: DbOrTx, userIds: number[], n: { kind: string; link: LinkTarget | null; title: string; body: string }, at: string) {
    await db
      .insertInto('notifications')
      .values(
        userIds.map((user_id) => ({
          user_id,
          kind: n.kind,
          link_type: n.link?.type ?? null,
          link_id: n.link?.id ?? null,
          title: n.title,
          body: n.body,
          created_at: at,
        })),
      )
      .execute();
  },

  async page(db: DbOrTx, userId: number, q: { unread?: boolean; limit: number; offset: number }) {
    let base = db.selectFrom('notifications').where('user_id', '=', userId);
    if (q.unread) base = base.where('read_at', 'is', null);
    const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base
      .select(['id', 'kind', 'link_type', 'link_id', 'title', 'body', 'created_at', 'read_at'])
      .orderBy('id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute();
    return { total: Number(n), rows };
  },

  async markRead(db: DbOrTx, userId: number, id: number, at: string) {
    await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).where('user_id', '=', userId).execute();
  },

  async markAllRead(db: DbOrTx, userId: number, at: string) {
    await db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null).execute();
  },

  async forgetLink(db: DbOrTx, link: LinkTarget) {
    await db.deleteFrom('notifications').where('link_type', '=', link.type).where('link_id', '=', link.id).execute();
  },

  /** For tests: who got which notifications of a kind for a link. */
  recipients(db: DbOrTx, link: LinkTarget, kind: string) {
    return db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.username', 'notifications.title', 'notifications.body'])
      .where('notifications.link_type', '=', link.type)
      .where('notifications.link_id', '=', link.id)
      .where('notifications.kind', '=', kind)
      .orderBy('users.username')
      .execute();
  },
};
