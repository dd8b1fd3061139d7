import { hmac, type AuditKey } from './key.ts';

/**
 * A signed head of the chain, printed by `luoshi audit anchor` to be kept off the server (a
 * notebook, a ticket, another machine). Whoever later rewrites the log — even holding the key —
 * cannot make row `id` hash to what was written down then; `audit verify --anchor` checks it.
 *
 *   LSA1.<row id>.<row hash>.<taken at, ISO>.<signature>
 */
export interface Anchor {
  id: number;
  hash: string;
  at: string;
}

const PREFIX = 'LSA1';

function signature(key: AuditKey, a: Anchor): string {
  return hmac(key, `${PREFIX}|${a.id}|${a.hash}|${a.at}`).slice(0, 32);
}

export function formatAnchor(key: AuditKey, a: Anchor): string {
  return [PREFIX, a.id, a.hash, a.at, signature(key, a)].join('.');
}

export type AnchorParse = { ok: true; anchor: Anchor } | { ok: false; problem: 'malformed' | 'badSignature' };

export function parseAnchor(key: AuditKey, text: string): AnchorParse {
  const m = /^LSA1\.(\d+)\.([0-9a-f]{64})\.(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\.([0-9a-f]{32})$/.exec(text.trim());
  if (!m) return { ok: false, problem: 'malformed' };
  const anchor = { id: Number(m[1]), hash: m[2], at: m[3] };
  if (signature(key, anchor) !== m[4]) return { ok: false, problem: 'badSignature' };
  return { ok: true, anchor };
}
