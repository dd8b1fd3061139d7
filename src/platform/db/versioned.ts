import { AppError } from '../errors.ts';
import type { DbOrTx } from './types.ts';

/**
 * The 409 for a stale write: says who changed the record and when, from the audit log,
 * so nobody's work is overwritten silently. `timeZone`: the config's, for when it was changed.
 */
export async function staleWriteError(db: DbOrTx, entity: string, id: number, current: number, submitted: number, timeZone: string): Promise<AppError> {
  const last = await db
    .selectFrom('audit_log')
    .select(['actor_name', 'at', 'before', 'after'])
    .where('entity', '=', entity)
    .where('entity_id', '=', String(id))
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const changed = last ? changedFields(last.before, last.after) : [];
  const who = last?.actor_name
    ? ((await db.selectFrom('users').select('display_name').where('username', '=', last.actor_name).executeTakeFirst())?.display_name ?? last.actor_name)
    : '?';
  return new AppError('common.conflict', 'conflict', {
    by: who,
    at: last ? localTime(last.at, timeZone) : '?',
    current,
    submitted,
    fields: changed.join(', '),
  });
}

function changedFields(before: string | null, after: string | null): string[] {
  const b = before ? (JSON.parse(before) as Record<string, unknown>) : {};
  const a = after ? (JSON.parse(after) as Record<string, unknown>) : {};
  return Object.keys(a).filter((k) => k !== 'version' && k !== 'updated_at' && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** 2026-11-25 22:52 in the configured calendar zone (config.timeZone), not a raw UTC timestamp. */
function localTime(iso: string, timeZone: string): string {
  const f = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  return f.format(new Date(iso));
}
