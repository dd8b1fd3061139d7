import { lockAuditChain } from '../db/dialects/index.ts';
import type { DbOrTx } from '../db/types.ts';
import { GENESIS_HASH, rowHash, type ChainedFields } from './chain.ts';
import { maskRecord } from './mask.ts';

export { maskRecord, maskPhone, maskIdNumber } from './mask.ts';

/** Who did it and from where; every mutation carries one. */
export interface AuditActor {
  userId: number | null;
  name: string | null;
  ip: string | null;
}

export interface AuditEntry {
  action: string; // e.g. 'create', 'update', 'delete', 'login', 'login.failed', 'logout', 'task.signOff'
  entity: string; // e.g. 'unit', 'user', 'task'
  entityId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const HEAD_KEY = 'audit.head';

/**
 * Appends one row to the tamper-evident audit log inside the caller's transaction, so the
 * change and its record commit or roll back together.
 */
export async function audit(tx: DbOrTx, actor: AuditActor, entry: AuditEntry, at: Date): Promise<void> {
  await lockAuditChain(tx);
  const last = await tx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const fields: ChainedFields = {
    at: at.toISOString(),
    actor_id: actor.userId,
    actor_name: actor.name,
    ip: actor.ip,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    before: entry.before ? JSON.stringify(maskRecord(entry.before)) : null,
    after: entry.after ? JSON.stringify(maskRecord(entry.after)) : null,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const hash = rowHash(fields);
  const { id } = await tx.insertInto('audit_log').values({ ...fields, hash }).returning('id').executeTakeFirstOrThrow();
  // The head pointer lets verify notice rows removed from the end of the chain too.
  const head = JSON.stringify({ id, hash });
  await tx
    .insertInto('settings')
    .values({ key: HEAD_KEY, value: head, updated_at: fields.at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: head, updated_at: fields.at }))
    .execute();
}

export interface VerifyResult {
  ok: boolean;
  rows: number;
  /** The first row found changed or missing, with what is wrong. */
  firstBad?: { id: number; problem: 'changed' | 'removedBefore' | 'removedAtEnd' };
}

/** Walks the chain in id order and names the first row that was changed or removed. */
export async function verifyAuditChain(db: DbOrTx, batch = 5000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const page = await db.selectFrom('audit_log').selectAll().where('id', '>', lastId).orderBy('id').limit(batch).execute();
    for (const row of page) {
      if (row.prev_hash !== prev) return { ok: false, rows, firstBad: { id: row.id, problem: 'removedBefore' } };
      if (rowHash(row) !== row.hash) return { ok: false, rows, firstBad: { id: row.id, problem: 'changed' } };
      prev = row.hash;
      lastId = row.id;
      rows++;
    }
    if (page.length < batch) break;
  }
  const head = await db.selectFrom('settings').select('value').where('key', '=', HEAD_KEY).executeTakeFirst();
  if (head) {
    const { id, hash } = JSON.parse(head.value) as { id: number; hash: string };
    if (id !== lastId || hash !== prev) return { ok: false, rows, firstBad: { id, problem: 'removedAtEnd' } };
  }
  return { ok: true, rows };
}
