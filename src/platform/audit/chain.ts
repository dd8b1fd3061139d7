import { hmac, type AuditKey } from './key.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
}

/**
 * The HMAC of a row covers its content and the previous row's hash: a changed or removed row breaks
 * the chain, and without the key nobody can recompute the rows after it to hide that.
 */
export function rowHash(row: ChainedFields, key: AuditKey): string {
  const content = JSON.stringify([row.at, row.actor_id, row.actor_name, row.ip, row.action, row.entity, row.entity_id, row.before, row.after, row.prev_hash]);
  return hmac(key, content);
}
