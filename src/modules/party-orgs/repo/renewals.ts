import type { DbOrTx } from '../../../platform/db/types.ts';
import '../tables.ts';

export const renewalRepo = {
  /** Organizations whose term ends between the two days (inclusive), with their superior's host unit. */
  ending(db: DbOrTx, from: string, to: string) {
    return db
      .selectFrom('party_orgs as o')
      .leftJoin('party_orgs as p', 'p.id', 'o.parent_id')
      .select(['o.id', 'o.name', 'o.term_end', 'o.host_unit_id', 'p.host_unit_id as parent_host_unit_id', 'p.name as parent_name'])
      .where('o.term_end', '>=', from)
      .where('o.term_end', '<=', to)
      .orderBy('o.term_end')
      .orderBy('o.id')
      .execute();
  },

  /** The thresholds already sent, per organization, for its current term end. */
  async sent(db: DbOrTx, orgIds: number[]): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (let i = 0; i < orgIds.length; i += 500) {
      const rows = await db
        .selectFrom('party_org_reminders_sent')
        .select(['org_id', 'term_end', 'threshold'])
        .where('org_id', 'in', orgIds.slice(i, i + 500))
        .execute();
      for (const r of rows) {
        const key = `${r.org_id}:${r.term_end}`;
        out.set(key, [...(out.get(key) ?? []), Number(r.threshold)]);
      }
    }
    return out;
  },

  /** Records a threshold as sent; false when another scan recorded it first. */
  async markSent(db: DbOrTx, orgId: number, termEnd: string, threshold: number, at: string): Promise<boolean> {
    const row = await db
      .insertInto('party_org_reminders_sent')
      .values({ org_id: orgId, term_end: termEnd, threshold, sent_at: at })
      .onConflict((oc) => oc.columns(['org_id', 'term_end', 'threshold']).doNothing())
      .returning('org_id')
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Renewal tasks of an organization that are not cancelled (their deadlines, to refuse a second set). */
  openRenewalTasks(db: DbOrTx, orgId: number) {
    return db
      .selectFrom('party_org_tasks')
      .innerJoin('tasks', 'tasks.id', 'party_org_tasks.task_id')
      .select(['tasks.id', 'tasks.title'])
      .where('party_org_tasks.org_id', '=', orgId)
      .where('party_org_tasks.purpose', '=', 'renewal')
      .where('tasks.state', '<>', 'cancelled')
      .execute();
  },
};
