import type { AppContext } from '../../platform/context.ts';
import { withTx } from '../../platform/db/tx.ts';
import { audit } from '../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../platform/access/index.ts';
import { guardedAdminRoles, isSystemActor, roleName, separationProblem } from '../../platform/access/roles.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getPolicy, forgetPolicyCache, POLICY_KEY } from '../../platform/auth/policy.ts';
import type { PasswordPolicy } from '../../platform/auth/password.ts';
import { writeSetting } from '../../platform/settings.ts';
import { invalidateActors } from '../../platform/auth/actor-cache.ts';
import { unitService } from '../units/index.ts';
import { userService, userRepo } from '../users/index.ts';
import { securityRepo } from './repo.ts';

export const securityService = {
  async roles(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'role.read');
    const rows = await securityRepo.roles(ctx.db);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: roleName(ctx.modules, r.code, actor.locale, r.name),
      dataScope: r.data_scope,
      permissions: JSON.parse(r.permissions) as string[],
      builtin: r.builtin === 1,
    }));
  },

  /**
   * Replaces a user's grants. Only secAdmin may; never their own grants, never those of a
   * secAdmin or auditor (only the CLI, with --break-glass), and no one may hold two of the three
   * separated administrator roles or one of them with a business role.
   */
  async setGrants(ctx: AppContext, actor: Actor, userId: number, grants: { roleId: number; unitId: number }[]) {
    requirePermission(actor, 'role.grant');
    if (userId === actor.userId) throw new AppError('security.grant_self', 'forbidden');
    const target = await userRepo.getScoped(ctx.db, actor, 'role.grant', userId);
    if (!target) throw notFound();
    const roles = await securityRepo.roleCodes(ctx.db);
    const codeOf = new Map(roles.map((r) => [r.id, r.code]));
    for (const [i, g] of grants.entries()) {
      if (!codeOf.has(g.roleId)) throw new AppError('validation.failed', 'invalid', {}, [{ field: `body.grants.${i}.roleId`, code: 'security.unknown_role' }]);
      await unitService.get(ctx, actor, g.unitId).catch(() => {
        throw new AppError('validation.failed', 'invalid', {}, [{ field: `body.grants.${i}.unitId`, code: 'security.unknown_unit' }]);
      });
    }
    const problem = separationProblem(grants.map((g) => codeOf.get(g.roleId)!));
    if (problem) throw new AppError(problem.code, 'invalid', { roles: problem.roles });
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      const before = await userRepo.grantsOf(tx, [userId]);
      if (!isSystemActor(actor) && before.some((g) => guardedAdminRoles.includes(g.roleCode))) throw new AppError('security.admin_guarded', 'forbidden');
      await userRepo.replaceGrants(tx, userId, grants, now.toISOString());
      await audit(
        tx,
        auditActor(actor),
        {
          action: 'user.grants',
          entity: 'user',
          entityId: userId,
          before: { grants: before.map((g) => `${g.roleCode}@${g.unitId}`) },
          after: { grants: grants.map((g) => `${codeOf.get(g.roleId)}@${g.unitId}`) },
        },
        now,
      );
    });
    invalidateActors();
    return userService.get(ctx, actor, userId);
  },

  async policy(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'policy.manage');
    return getPolicy(ctx.db, ctx.config);
  },

  /** A field left out keeps its value (a client that predates apiTokenDays still saves the rest). */
  async setPolicy(ctx: AppContext, actor: Actor, input: Partial<PasswordPolicy>) {
    requirePermission(actor, 'policy.manage');
    const now = ctx.clock.now();
    const before = await getPolicy(ctx.db, ctx.config);
    const policy: PasswordPolicy = { ...before, ...input };
    await withTx(ctx.db, async (tx) => {
      await writeSetting(tx, POLICY_KEY, policy, now);
      await audit(tx, auditActor(actor), { action: 'update', entity: 'policy', entityId: POLICY_KEY, before: { ...before }, after: { ...policy } }, now);
    });
    forgetPolicyCache();
    invalidateActors();
    return policy;
  },
};
