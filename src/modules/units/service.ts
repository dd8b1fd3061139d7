import type { AppContext } from '../../platform/context.ts';
import { withTx } from '../../platform/db/tx.ts';
import { staleWriteError } from '../../platform/db/versioned.ts';
import { audit } from '../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../platform/access/index.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Paging } from '../../platform/http/schemas.ts';
import { kindFitsLevel, type UnitKind } from './domain/kinds.ts';
import { unitRepo, type UnitFilter } from './repo.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { createUnitBody, updateUnitBody } from './schema.ts';

export type CreateUnitInput = FromSchema<typeof createUnitBody>;
export type UpdateUnitInput = FromSchema<typeof updateUnitBody>;

function checkKind(kind: UnitKind, level: number) {
  if (!kindFitsLevel(kind, level)) {
    const expected = { city: 1, district: 2, street: 3, community: 4 }[kind as 'city'];
    throw new AppError('unit.kind_level', 'invalid', { kind, expected, level });
  }
}

export const unitService = {
  list(ctx: AppContext, actor: Actor, filter: UnitFilter, paging: Paging) {
    requirePermission(actor, 'unit.read');
    return unitRepo.list(ctx.db, actor, filter, paging);
  },

  tree(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'unit.read');
    return unitRepo.tree(ctx.db, actor);
  },

  async get(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'unit.read');
    const unit = await unitRepo.getScoped(ctx.db, actor, 'unit.read', id);
    if (!unit) throw notFound();
    return { ...unit, ancestors: await unitRepo.ancestors(ctx.db, id) };
  },

  async create(ctx: AppContext, actor: Actor, input: CreateUnitInput) {
    requirePermission(actor, 'unit.manage');
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      let level = 1;
      if (input.parentId === null) {
        if ((await unitRepo.count(tx)) > 0) throw new AppError('unit.root_exists', 'invalid');
      } else {
        const parent = await unitRepo.getScoped(tx, actor, 'unit.manage', input.parentId);
        if (!parent) throw new AppError('unit.parent_not_found', 'invalid');
        level = parent.level + 1;
      }
      checkKind(input.kind, level);
      if (await unitRepo.siblingNamed(tx, input.parentId, input.name)) throw new AppError('unit.duplicate_name', 'conflict', { name: input.name });
      const id = await unitRepo.insert(tx, { ...input, level }, now.toISOString());
      await audit(tx, auditActor(actor), { action: 'create', entity: 'unit', entityId: id, after: { ...input, level } }, now);
      return id;
    });
    ctx.events.publish({ type: 'unit.created', entity: 'unit', entityId: id, unitIds: [id], at: now.toISOString() });
    return (await unitRepo.get(ctx.db, id))!;
  },

  async update(ctx: AppContext, actor: Actor, id: number, input: UpdateUnitInput) {
    requirePermission(actor, 'unit.manage');
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      const before = await unitRepo.getScoped(tx, actor, 'unit.manage', id);
      if (!before) throw notFound();
      if (before.version !== input.version) throw await staleWriteError(tx, 'unit', id, before.version, input.version, ctx.config.timeZone);
      let level = before.level;
      if (input.parentId !== undefined && input.parentId !== before.parentId) {
        if (await unitRepo.isWithin(tx, input.parentId, id)) throw new AppError('unit.move_into_self', 'invalid');
        const parent = await unitRepo.getScoped(tx, actor, 'unit.manage', input.parentId);
        if (!parent) throw new AppError('unit.parent_not_found', 'invalid');
        level = parent.level + 1;
        checkKind(input.kind ?? (before.kind as UnitKind), level);
        if (await unitRepo.siblingNamed(tx, input.parentId, input.name ?? before.name)) {
          throw new AppError('unit.duplicate_name', 'conflict', { name: input.name ?? before.name });
        }
        await unitRepo.move(tx, id, input.version, input.parentId, level - before.level, now.toISOString());
        for (const m of ctx.modules) await m.onUnitMoved?.(tx, ctx, id);
        input = { ...input, version: input.version + 1 };
      } else if (input.kind) {
        checkKind(input.kind, level);
      }
      if (input.name !== undefined && input.name !== before.name && input.parentId === undefined) {
        if (await unitRepo.siblingNamed(tx, before.parentId, input.name)) throw new AppError('unit.duplicate_name', 'conflict', { name: input.name });
      }
      if (input.name !== undefined || input.kind !== undefined || input.sortOrder !== undefined) {
        await unitRepo.update(tx, id, input.version, input, now.toISOString());
      }
      const after = await unitRepo.get(tx, id);
      await audit(tx, auditActor(actor), { action: 'update', entity: 'unit', entityId: id, before: { ...before }, after: { ...after } }, now);
    });
    ctx.events.publish({ type: 'unit.updated', entity: 'unit', entityId: id, unitIds: [id], at: now.toISOString() });
    return (await unitRepo.get(ctx.db, id))!;
  },

  async remove(ctx: AppContext, actor: Actor, id: number, version: number) {
    requirePermission(actor, 'unit.manage');
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      const before = await unitRepo.getScoped(tx, actor, 'unit.manage', id);
      if (!before) throw notFound();
      if (before.version !== version) throw await staleWriteError(tx, 'unit', id, before.version, version, ctx.config.timeZone);
      const usage = await unitRepo.usage(tx, id);
      if (usage.children) throw new AppError('unit.has_children', 'conflict', { count: usage.children });
      if (usage.users) throw new AppError('unit.has_users', 'conflict', { count: usage.users });
      await unitRepo.remove(tx, id);
      await audit(tx, auditActor(actor), { action: 'delete', entity: 'unit', entityId: id, before: { ...before } }, now);
    });
    ctx.events.publish({ type: 'unit.deleted', entity: 'unit', entityId: id, unitIds: [id], at: now.toISOString() });
  },
};
