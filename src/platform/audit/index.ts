import { lockAuditChain } from '../db/dialects/index.ts';
import type { DbOrTx } from '../db/types.ts';
import { GENESIS_HASH, rowHash, type ChainedFields } from './chain.ts';
import { AuditKeyPlugin, keyId, type AuditKey } from './key.ts';
import { formatAnchor, parseAnchor } from './anchor.ts';
import { maskRecord } from './mask.ts';
import { fieldError } from '../errors.ts';
import { auditRepo } from './repo.ts';
import { settingsRepo } from '../settings-repo.ts';

import type { AuditAction, AuditEntity } from './vocabulary.ts';

export { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_FIELDS, type AuditAction, type AuditEntity } from './vocabulary.ts';
export { maskRecord, maskPhone, maskIdNumber } from './mask.ts';
export { AuditKeyPlugin, resolveAuditKey, type AuditKey } from './key.ts';

/** Who did it and from where; every mutation carries one. */
export interface AuditActor {
  userId: number | null;
  name: string | null;
  ip: string | null;
}

export interface AuditEntry {
  /** One of AUDIT_ACTIONS (vocabulary.ts), each with words in both locales. */
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const HEAD_KEY = 'audit.head';
const KEY_ID = 'audit.keyId';

/** The key of the database `db` belongs to (see AuditKeyPlugin); a handle opened without openContext has none. */
export function auditKeyOf(db: DbOrTx): AuditKey {
  const plugin = db.getExecutor().plugins.find((p): p is AuditKeyPlugin => p instanceof AuditKeyPlugin);
  if (!plugin) throw new Error('this database handle has no audit key: open it with openContext()');
  return plugin.key;
}

/** Records the key's fingerprint with the first row, so verify can tell a wrong key from a changed row. */
async function recordKeyId(tx: DbOrTx, key: AuditKey, at: string): Promise<void> {
  await settingsRepo.keepFirst(tx, KEY_ID, keyId(key), at);
}

/**
 * Appends one row to the tamper-evident audit log inside the caller's transaction, so the
 * change and its record commit or roll back together.
 */
export async function audit(tx: DbOrTx, actor: AuditActor, entry: AuditEntry, at: Date): Promise<void> {
  const key = auditKeyOf(tx);
  await lockAuditChain(tx);
  const last = await auditRepo.last(tx);
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
  if (!last) await recordKeyId(tx, key, fields.at);
  const hash = rowHash(fields, key);
  const id = await auditRepo.append(tx, { ...fields, hash });
  // The head pointer lets verify notice rows removed from the end of the chain too.
  const head = JSON.stringify({ id, hash });
  await settingsRepo.put(tx, HEAD_KEY, head, fields.at);
}

export type VerifyProblem = 'changed' | 'removedBefore' | 'removedAtEnd' | 'wrongKey' | 'differsFromAnchor';

export interface VerifyResult {
  ok: boolean;
  rows: number;
  /** The first row found changed or missing, with what is wrong. */
  firstBad?: { id: number; problem: VerifyProblem };
  /** How many anchors were checked against the chain (all agreed when ok). */
  anchors?: number;
}

/**
 * Walks the chain in id order and names the first row that was changed or removed; then checks
 * each anchor (`luoshi audit anchor`, kept off the server) still matches its row, which a rewrite
 * of the log by someone holding the key cannot fake. A malformed or forged anchor is a 400.
 */
export async function verifyAuditChain(db: DbOrTx, opts: { anchors?: string[]; batch?: number } = {}): Promise<VerifyResult> {
  const key = auditKeyOf(db);
  const anchors = (opts.anchors ?? []).map((text, i) => {
    const p = parseAnchor(key, text);
    if (!p.ok) throw fieldError(`anchor[${i}]`, p.problem === 'malformed' ? 'audit.anchor_malformed' : 'audit.anchor_forged');
    return p.anchor;
  });
  const batch = opts.batch ?? 5000;
  const recorded = await settingsRepo.get(db, KEY_ID);
  const firstRow = await auditRepo.first(db);
  if (recorded && recorded.value !== keyId(key)) return { ok: false, rows: 0, firstBad: { id: firstRow?.id ?? 0, problem: 'wrongKey' } };
  const result = await walk(db, key, batch);
  if (!result.ok) return result;
  for (const a of anchors) {
    const row = await auditRepo.hashOf(db, a.id);
    if (!row || row.hash !== a.hash) return { ok: false, rows: result.rows, firstBad: { id: a.id, problem: 'differsFromAnchor' }, anchors: anchors.length };
  }
  return { ...result, anchors: anchors.length };
}

/** The signed head to keep off the server; null while the log is empty. */
export async function takeAnchor(db: DbOrTx, at: Date): Promise<{ anchor: string; id: number; hash: string; at: string } | null> {
  const key = auditKeyOf(db);
  const last = await auditRepo.last(db);
  if (!last) return null;
  const a = { id: last.id, hash: last.hash, at: at.toISOString() };
  return { anchor: formatAnchor(key, a), ...a };
}

async function walk(db: DbOrTx, key: AuditKey, batch: number): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const page = await auditRepo.page(db, lastId, batch);
    for (const row of page) {
      if (row.prev_hash !== prev) return { ok: false, rows, firstBad: { id: row.id, problem: 'removedBefore' } };
      if (rowHash(row, key) !== row.hash) return { ok: false, rows, firstBad: { id: row.id, problem: 'changed' } };
      prev = row.hash;
      lastId = row.id;
      rows++;
    }
    if (page.length < batch) break;
  }
  const head = await settingsRepo.get(db, HEAD_KEY);
  if (head) {
    const { id, hash } = JSON.parse(head.value) as { id: number; hash: string };
    if (id !== lastId || hash !== prev) return { ok: false, rows, firstBad: { id, problem: 'removedAtEnd' } };
  }
  return { ok: true, rows };
}
