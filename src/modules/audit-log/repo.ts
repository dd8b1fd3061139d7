import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/types.ts';
import { offsetOf, type Paging } from '../../platform/http/schemas.ts';
import type { AuditFilter } from './schema.ts';
import { nameKey, type Names, type RefKind } from './words.ts';

export const auditLogRepo = {
  /** How many rows of one action since an instant: the auditor's to-do. */
  async countSince(db: DbOrTx, action: string, from: string): Promise<number> {
    const r = await db
      .selectFrom('audit_log')
      .where('action', '=', action)
      .where('at', '>=', from)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

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

  /**
   * The names and titles a page of rows refers to, in one query (a UNION ALL over the kinds asked
   * for): units, people and their units, tasks, sources, problems, briefings. Deleted records are
   * simply missing; the words fall back to what the row says.
   */
  async names(db: DbOrTx, refs: Record<RefKind, Set<number>>): Promise<Names> {
    const list = (s: Set<number>) => [...s];
    const kind = (k: string) => sql<string>`${sql.lit(k)}`.as('kind');
    const parts = [
      refs.unit.size
        ? db
            .selectFrom('units')
            .select([kind('unit'), 'id', 'name as title'])
            .where('id', 'in', list(refs.unit))
        : null,
      refs.user.size
        ? db
            .selectFrom('users')
            .select([kind('user'), 'id', 'display_name as title'])
            .where('id', 'in', list(refs.user))
        : null,
      refs.user.size
        ? db
            .selectFrom('users')
            .innerJoin('units', 'units.id', 'users.unit_id')
            .select([kind('userUnit'), 'users.id as id', 'units.name as title'])
            .where('users.id', 'in', list(refs.user))
        : null,
      refs.task.size
        ? db
            .selectFrom('tasks')
            .select([kind('task'), 'id', 'title'])
            .where('id', 'in', list(refs.task))
        : null,
      refs.source.size
        ? db
            .selectFrom('sources')
            .select([kind('source'), 'id', 'title'])
            .where('id', 'in', list(refs.source))
        : null,
      refs.problem.size
        ? db
            .selectFrom('problems')
            .select([kind('problem'), 'id', 'finding as title'])
            .where('id', 'in', list(refs.problem))
        : null,
      refs.briefing.size
        ? db
            .selectFrom('briefings')
            .select([kind('briefing'), 'id', 'title'])
            .where('id', 'in', list(refs.briefing))
        : null,
    ].filter((p) => p !== null);
    const names: Names = new Map();
    if (parts.length === 0) return names;
    const [first, ...rest] = parts;
    const rows = await rest.reduce((u, p) => u.unionAll(p), first).execute();
    for (const r of rows) names.set(nameKey(r.kind as RefKind, r.id), r.title);
    return names;
  },
};
