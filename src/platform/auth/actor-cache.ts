import type { Actor } from '../access/actor.ts';

/**
 * Who is behind a session or token, remembered for a few seconds: every API call otherwise
 * costs three lookups before its own work. Any change to who may do what (logout, revoked token,
 * changed grants, disabled user, new password or policy) clears it at once in this process;
 * other processes (later) see such a change within the TTL.
 */
const TTL_MS = 10_000;
let epoch = 0;
const cache = new Map<string, { actor: Actor; extra: string; at: number; epoch: number }>();

export function cachedActor(key: string, now: number): { actor: Actor; extra: string } | null {
  const hit = cache.get(key);
  if (!hit || hit.epoch !== epoch || now - hit.at > TTL_MS || now < hit.at) return null;
  return hit;
}

export function rememberActor(key: string, actor: Actor, extra: string, now: number): void {
  if (cache.size > 10_000) cache.clear();
  cache.set(key, { actor, extra, at: now, epoch });
}

/** Grows at every change to who may do what: a live stream that sees it move re-checks its actor. */
export const actorsEpoch = () => epoch;

export function invalidateActors(): void {
  epoch++;
  cache.clear();
}
