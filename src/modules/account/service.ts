import type { AppContext } from '../../platform/context.ts';
import { withTx } from '../../platform/db/tx.ts';
import { audit } from '../../platform/audit/index.ts';
import { auditActor, type Actor } from '../../platform/access/index.ts';
import { roleName } from '../../platform/access/roles.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { checkPassword, hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { getPolicy } from '../../platform/auth/policy.ts';
import { newApiToken, sha256, tokenExpiry } from '../../platform/auth/tokens.ts';
import { invalidateActors } from '../../platform/auth/actor-cache.ts';
import { countFailedPassword, isLocked } from '../../platform/auth/lockout.ts';
import { accountRepo } from './repo.ts';

export const accountService = {
  /** Who I am, what I may do, and which menu entries the web app should show. */
  async me(ctx: AppContext, actor: Actor) {
    const unit = await accountRepo.unitName(ctx.db, actor.unitId);
    const grants = await accountRepo.grantsWithUnits(ctx.db, actor.userId);
    const menu = ctx.modules
      .flatMap((m) => m.menu ?? [])
      .filter((e) => actor.permissions.has(e.permission))
      .sort((a, b) => a.order - b.order)
      .map((e) => e.key);
    return {
      user: { id: actor.userId, username: actor.username, displayName: actor.displayName, unitId: actor.unitId, unitName: unit?.name ?? '' },
      grants: grants.map((g) => ({ ...g, roleName: roleName(ctx.modules, g.roleCode, actor.locale, g.roleName) })),
      permissions: [...actor.permissions].sort(),
      menu: ['home', ...menu, 'account.tokens'],
      // The zone every date-time is shown in (LUOSHI_TZ), so the web never falls back to the browser's.
      timeZone: ctx.config.timeZone,
    };
  },

  async changePassword(ctx: AppContext, actor: Actor, current: string, next: string) {
    const user = await accountRepo.passwordOf(ctx.db, actor.userId);
    const policy = await getPolicy(ctx.db, ctx.config);
    const at = ctx.clock.now();
    // Guesses of the current password count toward the login lockout: a stolen session cannot try forever.
    if (isLocked(user, at)) throw new AppError('auth.locked', 'locked', { minutes: Math.ceil((Date.parse(user.locked_until!) - at.getTime()) / 60_000) });
    if (!(await verifyPassword(user.password_hash, current))) {
      const locked = await withTx(ctx.db, async (tx) => {
        const locked = await countFailedPassword(tx, actor.userId, policy, at);
        await audit(
          tx,
          auditActor(actor),
          { action: 'user.changePassword.failed', entity: 'user', entityId: actor.userId, after: { reason: locked ? 'locked' : 'badPassword' } },
          at,
        );
        return locked;
      });
      if (locked) throw new AppError('auth.locked', 'locked', { minutes: policy.lockoutMinutes });
      throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.current', code: 'auth.wrong_password' }]);
    }
    const problem = checkPassword(next, policy);
    if (problem) throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.next', code: problem.code, params: problem.params }]);
    const hash = await hashPassword(next);
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      await accountRepo.setPassword(tx, actor.userId, hash, now.toISOString());
      // Other sessions end: a changed password must lock out whoever else had it.
      await accountRepo.endOtherSessions(tx, actor.userId, actor.sessionId ?? '');
      // And its API tokens: one made before the change would otherwise outlive it (issue #10, finding 7).
      await accountRepo.revokeAllTokens(tx, actor.userId, now.toISOString());
      await audit(tx, auditActor(actor), { action: 'user.changePassword', entity: 'user', entityId: actor.userId }, now);
    });
    invalidateActors();
  },

  async tokens(ctx: AppContext, actor: Actor) {
    const rows = await accountRepo.tokensOf(ctx.db, actor.userId);
    const { apiTokenDays } = await getPolicy(ctx.db, ctx.config);
    return rows.map((r) => ({ ...r, expiresAt: tokenExpiry(r.createdAt, apiTokenDays) }));
  },

  /** Creates a personal API token; the secret is shown once and only its hash is kept. */
  async createToken(ctx: AppContext, actor: Actor | { userId: number; username: string; ip: string | null }, name: string) {
    const token = newApiToken();
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      const id = await accountRepo.insertToken(tx, {
        user_id: actor.userId,
        name,
        token_hash: sha256(token),
        prefix: token.slice(0, 8),
        created_at: now.toISOString(),
      });
      await audit(
        tx,
        { userId: actor.userId, name: actor.username, ip: actor.ip },
        { action: 'create', entity: 'apiToken', entityId: id, after: { name } },
        now,
      );
      return id;
    });
    return { id, name, token, expiresAt: tokenExpiry(now.toISOString(), (await getPolicy(ctx.db, ctx.config)).apiTokenDays) };
  },

  async revokeToken(ctx: AppContext, actor: Actor, id: number) {
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      const row = await accountRepo.ownToken(tx, actor.userId, id);
      if (!row) throw notFound();
      if (row.revoked_at) return;
      await accountRepo.revokeToken(tx, id, now.toISOString());
      await audit(tx, auditActor(actor), { action: 'revoke', entity: 'apiToken', entityId: id }, now);
    });
    invalidateActors();
  },
};
