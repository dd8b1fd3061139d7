import type { DbOrTx } from '../../platform/db/types.ts';
import { offsetOf, type Paging } from '../../platform/http/schemas.ts';
import type { AuditFilter } from './schema.ts';

export const auditLogRepo = {
  /** One page of the audit log, newest first, with the filter's total. */
  async page(db: DbOrTx, f: AuditFilter, paging: Paging) {
    let q = db.selectFrom('audit_log');
    if (f.entity) q = q.where('entity', '=', f.entity);
    if (f.entityId) q = q.where('entity_id', '=', f.entityId);
    if (f.action) q = q.where('action', '=', f.action);
    if (f.actor) q = q.where('actor_name', '=', f.actor);
    if (f.from) q = q.where('at', '>=', f.from);
    if (f.to) q = q.where('at', '<', f.to);
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const items = await q
      .select(['id', 'at', 'actor_id as actorId', 'actor_name as actorName', 'ip', 'action', 'entity', 'entity_id as entityId', 'before', 'after'])
      .orderBy('id', 'desc')
      .limit(paging.pageSize)
      .offset(offsetOf(paging))
      .execute();
    return { total: Number(total), items };
  },
};
