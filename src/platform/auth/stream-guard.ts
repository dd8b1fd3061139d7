import type { AppContext } from '../context.ts';
import type { Actor } from '../access/actor.ts';
import { actorsEpoch } from './actor-cache.ts';
import { loadActor } from './actor-loader.ts';
import { getPolicy } from './policy.ts';
import { tokenExpiry } from './tokens.ts';
import { authRepo } from './repo.ts';

/** What a grant lets one do, in a form two loads of the same user compare equal. */
const grantsKey = (actor: Actor) =>
  JSON.stringify(
    actor.grants.map((g) => [g.roleCode, g.unitId, g.scope, [...g.permissions].sort()]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  );

/**
 * For a long-lived connection (a live stream): a check that says whether the actor it was opened
 * for may still receive anything — the session still exists and is not idle past the timeout, the
 * token is not revoked or expired, the user is active with the same grants. A request is checked once;
 * a stream lives for hours, so it asks this before every event and at every heartbeat (issue #10,
 * finding 8). Grants are re-read only after something changed who may do what (actorsEpoch).
 */
export function streamGuard(ctx: AppContext, actor: Actor): () => Promise<boolean> {
  const granted = grantsKey(actor);
  let epoch = actorsEpoch();
  return async () => {
    const now = ctx.clock.now();
    if (actor.sessionId) {
      const session = await authRepo.sessionSeenAt(ctx.db, actor.sessionId);
      if (!session) return false;
      const { sessionIdleMinutes } = await getPolicy(ctx.db, ctx.config);
      if (now.getTime() - Date.parse(session.last_seen_at) > sessionIdleMinutes * 60_000) return false;
    } else if (actor.tokenId) {
      const token = await authRepo.tokenById(ctx.db, actor.tokenId);
      if (!token || token.revoked_at || now.toISOString() >= tokenExpiry(token.created_at, (await getPolicy(ctx.db, ctx.config)).apiTokenDays)) return false;
    }
    if (epoch !== actorsEpoch()) {
      epoch = actorsEpoch();
      const fresh = await loadActor(ctx.db, actor.userId, { ip: actor.ip, locale: actor.locale, via: actor.via });
      if (!fresh || grantsKey(fresh) !== granted) return false;
    }
    return true;
  };
}
