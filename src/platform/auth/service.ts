import type { AppContext } from '../context.ts';
import { withTx } from '../db/tx.ts';
import { audit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../access/actor.ts';
import type { Locale } from '../i18n/index.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { countFailedPassword, isLocked } from './lockout.ts';
import { getPolicy } from './policy.ts';
import { newSecret, sha256, tokenExpiry, API_TOKEN_PREFIX } from './tokens.ts';
import { loadActor } from './actor-loader.ts';
import { authRepo } from './repo.ts';
import { cachedActor, invalidateActors, rememberActor } from './actor-cache.ts';

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
  locale: Locale;
}

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  userId: number;
}

const minutes = (n: number) => n * 60_000;

/** Verified against when the username is unknown, so an unknown name costs the same time as a real one. */
let decoyHash: Promise<string> | null = null;
const decoy = () => (decoyHash ??= hashPassword(newSecret()));

/**
 * Checks a password; locks the account after too many failures; opens a session.
 * Unknown users, wrong passwords and locked accounts all get the same 401 and body (the message
 * mentions the lockout), so neither usernames nor locks can be probed; the audit log says which.
 */
export async function login(ctx: AppContext, username: string, password: string, info: RequestInfo): Promise<LoginResult> {
  const now = ctx.clock.now();
  const policy = await getPolicy(ctx.db, ctx.config);
  const user = await authRepo.userByName(ctx.db, username);
  const who = { userId: user?.id ?? null, name: username.slice(0, 64), ip: info.ip };
  const refused = () => new AppError('auth.invalid_credentials', 'unauthenticated', { threshold: policy.lockoutThreshold, minutes: policy.lockoutMinutes });

  if (user && isLocked(user, now)) {
    await withTx(ctx.db, (tx) => audit(tx, who, { action: 'login.failed', entity: 'user', entityId: user.id, after: { reason: 'locked' } }, now));
    throw refused();
  }
  const matches = await verifyPassword(user?.password_hash ?? (await decoy()), password);
  const ok = user && user.status === 'active' && matches;
  if (!ok || !user) {
    await withTx(ctx.db, async (tx) => {
      const lockNow = user ? await countFailedPassword(tx, user.id, policy, now) : false;
      const reason = user?.status === 'disabled' ? 'disabled' : lockNow ? 'locked' : 'badPassword';
      await audit(tx, who, { action: 'login.failed', entity: 'user', entityId: user?.id ?? null, after: { reason } }, now);
    });
    throw refused();
  }

  const sessionToken = newSecret();
  const csrfToken = newSecret(24);
  await withTx(ctx.db, async (tx) => {
    await authRepo.clearFailures(tx, user.id);
    await authRepo.insertSession(tx, {
      id: sha256(sessionToken),
      user_id: user.id,
      csrf_token: csrfToken,
      ip: info.ip,
      user_agent: info.userAgent?.slice(0, 300) ?? null,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
    });
    await audit(tx, who, { action: 'login', entity: 'user', entityId: user.id }, now);
  });
  return { sessionToken, csrfToken, userId: user.id };
}

export interface SessionActor {
  actor: Actor;
  csrfToken: string;
}

/** How often a session's last-seen is written: a minute at most, a quarter of the idle timeout at least. */
export const touchInterval = (idleMinutes: number) => Math.min(60_000, minutes(idleMinutes) / 4);

/** The actor behind a session cookie, or null when it is unknown or idle past the timeout. */
export async function actorFromSession(ctx: AppContext, token: string, info: RequestInfo): Promise<SessionActor | null> {
  const id = sha256(token);
  const hit = cachedActor(`s:${id}`, ctx.clock.now().getTime());
  if (hit) return { actor: { ...hit.actor, ip: info.ip, locale: info.locale }, csrfToken: hit.extra };
  const session = await authRepo.sessionById(ctx.db, id);
  if (!session) return null;
  const now = ctx.clock.now();
  const policy = await getPolicy(ctx.db, ctx.config);
  if (now.getTime() - Date.parse(session.last_seen_at) > minutes(policy.sessionIdleMinutes)) {
    await authRepo.deleteSession(ctx.db, id);
    return null;
  }
  // Touch at most once per interval so reads stay reads, but often enough for the shortest timeout:
  // once a minute with a 1-minute policy logged active users out (issue #10, finding 9).
  const interval = touchInterval(policy.sessionIdleMinutes);
  let seen = Date.parse(session.last_seen_at);
  if (now.getTime() - seen >= interval) {
    await authRepo.touchSession(ctx.db, id, now.toISOString());
    seen = now.getTime();
  }
  const actor = await loadActor(ctx.db, session.user_id, { ip: info.ip, locale: info.locale, via: 'session' });
  if (!actor) return null;
  actor.sessionId = id;
  // Kept only while the session is fresh enough that the idle check could not fail meanwhile.
  if (now.getTime() - seen < interval) rememberActor(`s:${id}`, actor, session.csrf_token, now.getTime());
  return { actor, csrfToken: session.csrf_token };
}

export async function actorFromApiToken(ctx: AppContext, token: string, info: RequestInfo): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const key = `t:${sha256(token)}`;
  const hit = cachedActor(key, ctx.clock.now().getTime());
  if (hit) return { ...hit.actor, ip: info.ip, locale: info.locale };
  const row = await authRepo.tokenByHash(ctx.db, sha256(token));
  if (!row || row.revoked_at) return null;
  const now = ctx.clock.now();
  // The policy's lifetime applies to every token, older ones too: shortening it ends them at once.
  if (now.toISOString() >= tokenExpiry(row.created_at, (await getPolicy(ctx.db, ctx.config)).apiTokenDays)) return null;
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
    await authRepo.touchToken(ctx.db, row.id, now.toISOString());
  }
  const actor = await loadActor(ctx.db, row.user_id, { ip: info.ip, locale: info.locale, via: 'token' });
  if (actor) {
    actor.tokenId = row.id;
    rememberActor(key, actor, '', now.getTime());
  }
  return actor;
}

export async function logout(ctx: AppContext, actor: Actor): Promise<void> {
  invalidateActors();
  const now = ctx.clock.now();
  await withTx(ctx.db, async (tx) => {
    if (actor.sessionId) await authRepo.deleteSession(tx, actor.sessionId);
    await audit(tx, { userId: actor.userId, name: actor.username, ip: actor.ip }, { action: 'logout', entity: 'user', entityId: actor.userId }, now);
  });
}

export { invalidateActors };
