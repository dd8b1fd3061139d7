import type { FromSchema } from 'json-schema-to-ts';
import type { createUserBody, updateUserBody } from './schema.ts';
import type { AppContext } from '../../platform/context.ts';
import { withTx } from '../../platform/db/tx.ts';
import { staleWriteError } from '../../platform/db/versioned.ts';
import { audit, maskPhone } from '../../platform/audit/index.ts';
import { auditActor, can, requirePermission, type Actor } from '../../platform/access/index.ts';
import { guardedAdminRoles, isSystemActor } from '../../platform/access/roles.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Paging } from '../../platform/http/schemas.ts';
import { checkPassword, hashPassword } from '../../platform/auth/password.ts';
import { getPolicy } from '../../platform/auth/policy.ts';
import { invalidateActors } from '../../platform/auth/actor-cache.ts';
import { unitRepo } from '../units/index.ts';
import { userRepo, type UserFilter } from './repo.ts';

export type CreateUserInput = FromSchema<typeof createUserBody>;
export type UpdateUserInput = FromSchema<typeof updateUserBody>;

type Row = NonNullable<Awaited<ReturnType<typeof userRepo.getScoped>>>;

/** What a user row looks like to this actor: phones masked unless the role may see them. */
async function present(ctx: AppContext, actor: Actor, rows: Row[]) {
  const grants = await userRepo.grantsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const now = ctx.clock.now().toISOString();
  const clear = can(actor, 'personal.read');
  return rows.map(({ lockedUntil, ...r }) => ({
    ...r,
    phone: r.phone && !clear ? maskPhone(r.phone) : r.phone,
    locked: !!lockedUntil && lockedUntil > now,
    roles: grants.filter((g) => g.userId === r.id).map(({ userId: _, ...g }) => g),
  }));
}

async function assertPassword(ctx: AppContext, password: string, field: string) {
  const problem = checkPassword(password, await getPolicy(ctx.db, ctx.config));
  if (problem) throw new AppError('validation.failed', 'invalid', {}, [{ field, code: problem.code, params: problem.params }]);
}

async function loadManaged(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'user.manage');
  const row = await userRepo.getScoped(ctx.db, actor, 'user.manage', id);
  if (!row) throw notFound();
  return row;
}

/**
 * 三员分立: sysAdmin manages users, but not the secAdmin or auditor who watch it — resetting
 * their password would let it log in as them. Only the CLI on the server may (--break-glass).
 */
async function assertNotGuarded(db: DbOrTx, actor: Actor, id: number) {
  if (isSystemActor(actor)) return;
  const grants = await userRepo.grantsOf(db, [id]);
  if (grants.some((g) => guardedAdminRoles.includes(g.roleCode))) throw new AppError('user.admin_guarded', 'forbidden');
}

export const userService = {
  async list(ctx: AppContext, actor: Actor, filter: UserFilter, paging: Paging) {
    requirePermission(actor, 'user.read');
    const { total, items } = await userRepo.list(ctx.db, actor, { ...filter, lockedAt: ctx.clock.now().toISOString() }, paging);
    return { total, items: await present(ctx, actor, items) };
  },

  async get(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'user.read');
    const row = await userRepo.getScoped(ctx.db, actor, 'user.read', id);
    if (!row) throw notFound();
    return (await present(ctx, actor, [row]))[0];
  },

  async create(ctx: AppContext, actor: Actor, input: CreateUserInput) {
    requirePermission(actor, 'user.manage');
    await assertPassword(ctx, input.password, 'body.password');
    const passwordHash = await hashPassword(input.password);
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      if (!(await unitRepo.getScoped(tx, actor, 'user.manage', input.unitId))) throw new AppError('user.unit_not_found', 'invalid');
      if (await userRepo.byUsername(tx, input.username)) throw new AppError('user.duplicate_username', 'conflict', { username: input.username });
      const id = await userRepo.insert(tx, { ...input, passwordHash }, now.toISOString());
      const { password: _, ...after } = input;
      await audit(tx, auditActor(actor), { action: 'create', entity: 'user', entityId: id, after }, now);
      return id;
    });
    return this.get(ctx, actor, id);
  },

  async update(ctx: AppContext, actor: Actor, id: number, input: UpdateUserInput) {
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      requirePermission(actor, 'user.manage');
      const before = await userRepo.getScoped(tx, actor, 'user.manage', id);
      if (!before) throw notFound();
      await assertNotGuarded(tx, actor, id);
      if (before.version !== input.version) throw await staleWriteError(tx, 'user', id, before.version, input.version, ctx.config.timeZone);
      if (input.unitId !== undefined && !(await unitRepo.getScoped(tx, actor, 'user.manage', input.unitId))) {
        throw new AppError('user.unit_not_found', 'invalid');
      }
      if (input.status === 'disabled' && id === actor.userId) throw new AppError('user.disable_self', 'invalid');
      await userRepo.update(
        tx,
        id,
        input.version,
        { display_name: input.displayName, unit_id: input.unitId, phone: input.phone, email: input.email, status: input.status },
        now.toISOString(),
      );
      if (input.status === 'disabled') await userRepo.endSessions(tx, id);
      const after = await userRepo.getScoped(tx, actor, 'user.manage', id);
      await audit(tx, auditActor(actor), { action: 'update', entity: 'user', entityId: id, before: { ...before }, after: { ...after } }, now);
    });
    invalidateActors();
    return this.get(ctx, actor, id);
  },

  async resetPassword(ctx: AppContext, actor: Actor, id: number, password: string, breakGlass = false) {
    await loadManaged(ctx, actor, id);
    await assertNotGuarded(ctx.db, actor, id);
    await assertPassword(ctx, password, 'body.password');
    const hash = await hashPassword(password);
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      await userRepo.setPassword(tx, id, hash, now.toISOString());
      await userRepo.endSessions(tx, id);
      await userRepo.revokeTokens(tx, id, now.toISOString());
      await audit(tx, auditActor(actor), { action: breakGlass ? 'user.resetPassword.breakGlass' : 'user.resetPassword', entity: 'user', entityId: id }, now);
    });
    invalidateActors();
  },

  async unlock(ctx: AppContext, actor: Actor, id: number) {
    await loadManaged(ctx, actor, id);
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      await userRepo.unlock(tx, id, now.toISOString());
      await audit(tx, auditActor(actor), { action: 'user.unlock', entity: 'user', entityId: id }, now);
    });
  },
};
