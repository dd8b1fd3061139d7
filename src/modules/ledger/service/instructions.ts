import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, holdersOf, requirePermission, resolveScope, type Actor } from '../../../platform/access/index.ts';
import { calendarDate } from '../../../platform/clock.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { unitRepo } from '../../units/index.ts';
import { notify } from '../../notifications/index.ts';
import { instructionRepo } from '../repo/instructions.ts';
import { sourceRepo } from '../repo/sources.ts';
import { taskRepo } from '../repo/tasks.ts';
import { taskEvent } from './shared.ts';

/**
 * 批示: a leader's written comment on a task or a source. Only leaders write them (the glossary:
 * "a leader's written directive"); a supervisor presses with 催办 and 督办单 instead, and turns a
 * 批示 into a source of its own (转为来源), since making sources is the ledger managers' work.
 */
export const INSTRUCTION_WRITE = 'instruction.write';

type Row = NonNullable<Awaited<ReturnType<typeof instructionRepo.get>>>;

const present = (r: Row) => ({ id: r.id, text: r.text, author: r.author_name, unit: r.unit_name, createdAt: r.created_at, sourceId: r.converted_source_id });

/** What this actor may do with a target's 批示: write one, turn one into a source. */
const actionsOf = (actor: Actor) => [
  ...(actor.permissions.has(INSTRUCTION_WRITE) ? ['write' as const] : []),
  ...(actor.permissions.has('ledger.manage') ? ['convert' as const] : []),
];

async function author(db: DbOrTx, actor: Actor) {
  const unit = actor.unitId ? await unitRepo.get(db, actor.unitId) : undefined;
  return { author_id: actor.userId || null, author_name: actor.displayName, unit_id: unit?.id ?? null, unit_name: unit?.name ?? null };
}

const without = (ids: number[], actor: Actor) => [...new Set(ids)].filter((u) => u !== actor.userId);

async function visibleTask(ctx: AppContext, db: DbOrTx, actor: Actor, id: number) {
  const row = await taskRepo.getScoped(db, actor, id, ctx.today());
  if (!row) throw notFound();
  return row;
}

async function visibleSource(ctx: AppContext, db: DbOrTx, actor: Actor, id: number) {
  const row = await sourceRepo.getScoped(db, actor, ctx.today(), id);
  if (!row) throw notFound();
  return row;
}

/** A figure's scope is one unit's dashboard, or the city's (null: the top of the tree): whoever sees that unit for `permission`, else 404. */
async function assertFigureScope(db: DbOrTx, actor: Actor, permission: string, unitId: number | null) {
  if (resolveScope(actor, permission).all) return;
  const units = unitId === null ? await unitRepo.rootIds(db) : [unitId];
  if (!units.length || (await unitRepo.visibleIds(db, actor, permission, units)).length < units.length) throw notFound();
}

export const instructionService = {
  async listOnTask(ctx: AppContext, actor: Actor, taskId: number) {
    requirePermission(actor, 'ledger.read');
    await visibleTask(ctx, ctx.db, actor, taskId);
    return { items: (await instructionRepo.list(ctx.db, { taskId })).map(present), actions: actionsOf(actor) };
  },

  async listOnSource(ctx: AppContext, actor: Actor, sourceId: number) {
    requirePermission(actor, 'ledger.read');
    await visibleSource(ctx, ctx.db, actor, sourceId);
    return { items: (await instructionRepo.list(ctx.db, { sourceId })).map(present), actions: actionsOf(actor) };
  },

  /** A 批示 on a task: in its history, to the lead unit's liaisons and the task's supervisors. */
  async writeOnTask(ctx: AppContext, actor: Actor, taskId: number, text: string) {
    requirePermission(actor, INSTRUCTION_WRITE);
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      const task = await visibleTask(ctx, tx, actor, taskId);
      const units = [task.lead_unit_id, ...((await taskRepo.supporting(tx, [taskId])).get(taskId) ?? [])].filter((u): u is number => u !== null);
      // Seen through another role only (a leader who is also some unit's liaison): not his to comment on.
      if (!resolveScope(actor, INSTRUCTION_WRITE).all && !(await unitRepo.visibleIds(tx, actor, INSTRUCTION_WRITE, units)).length) {
        throw new AppError('common.forbidden', 'forbidden', { permission: INSTRUCTION_WRITE });
      }
      const who = await author(tx, actor);
      const id = await instructionRepo.insert(tx, { target_kind: 'task', task_id: taskId, text, ...who, created_at: now.toISOString() });
      await audit(
        tx,
        auditActor(actor),
        { action: 'task.instruction', entity: 'task', entityId: taskId, after: { instructionId: id, text, unit: who.unit_name } },
        now,
      );
      const lead = task.lead_unit_id;
      const recipients = lead === null ? [] : [...(await holdersOf(tx, 'liaison', lead)), ...(await holdersOf(tx, 'supervisor', lead, false))];
      await notify(
        tx,
        { kind: 'instruction.written', recipients: without(recipients, actor), link: { type: 'task', id: taskId }, title: task.title, body: text },
        now.toISOString(),
      );
      return id;
    });
    ctx.events.publish(await taskEvent(ctx, 'task.instructed', taskId));
    return { id };
  },

  /** A 批示 on a source: on its page, to the supervisors of its tasks' units and to whoever entered it. */
  async writeOnSource(ctx: AppContext, actor: Actor, sourceId: number, text: string) {
    requirePermission(actor, INSTRUCTION_WRITE);
    const now = ctx.clock.now();
    const { id, units } = await withTx(ctx.db, async (tx) => {
      const source = await visibleSource(ctx, tx, actor, sourceId);
      const who = await author(tx, actor);
      const id = await instructionRepo.insert(tx, { target_kind: 'source', source_id: sourceId, text, ...who, created_at: now.toISOString() });
      await audit(
        tx,
        auditActor(actor),
        { action: 'source.instruction', entity: 'source', entityId: sourceId, after: { instructionId: id, text, unit: who.unit_name } },
        now,
      );
      const units = await instructionRepo.sourceLeadUnits(tx, sourceId);
      const supervisors = (await Promise.all(units.map((u) => holdersOf(tx, 'supervisor', u, false)))).flat();
      const recipients = without([...supervisors, ...(source.created_by ? [source.created_by] : [])], actor);
      await notify(tx, { kind: 'instruction.written', recipients, link: { type: 'source', id: sourceId }, title: source.title, body: text }, now.toISOString());
      return { id, units };
    });
    ctx.events.publish({ type: 'source.instructed', entity: 'source', entityId: sourceId, unitIds: units, at: now.toISOString() });
    return { id };
  },

  /** The 批示 on a scope's dashboard figures, newest first (the latest 20: the dashboard shows them beside the figures). */
  async listOnFigures(ctx: AppContext, actor: Actor, unitId: number | null) {
    requirePermission(actor, 'ledger.read');
    await assertFigureScope(ctx.db, actor, 'ledger.read', unitId);
    const rows = await instructionRepo.onFigures(ctx.db, unitId, 20);
    return { items: rows.map((r) => ({ ...present(r), figure: r.figure_key ?? '', label: r.figure_label ?? '' })), actions: actionsOf(actor) };
  },

  /**
   * A 批示 on a dashboard figure (红灯 12 项 in 东城区, say): kept with the list the figure opens and the
   * figure's words as read; it reaches the supervisors over the scope and its liaisons, who open the list.
   */
  async writeOnFigure(ctx: AppContext, actor: Actor, input: { figure: string; label: string; unitId: number | null; text: string }) {
    requirePermission(actor, INSTRUCTION_WRITE);
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      await assertFigureScope(tx, actor, INSTRUCTION_WRITE, input.unitId);
      const who = await author(tx, actor);
      const label = input.label.trim();
      const id = await instructionRepo.insert(tx, {
        target_kind: 'figure',
        figure_key: input.figure,
        figure_label: label,
        figure_unit_id: input.unitId,
        text: input.text,
        ...who,
        created_at: now.toISOString(),
      });
      await audit(
        tx,
        auditActor(actor),
        {
          action: 'figure.instruction',
          entity: 'instruction',
          entityId: id,
          after: { unitId: input.unitId, label, text: input.text, unit: who.unit_name },
        },
        now,
      );
      const scope = input.unitId ?? (await unitRepo.rootIds(tx))[0];
      const recipients =
        scope === undefined
          ? []
          : [...(await holdersOf(tx, 'supervisor', scope, false)), ...(input.unitId ? await holdersOf(tx, 'liaison', input.unitId) : [])];
      await notify(tx, { kind: 'instruction.written', recipients: without(recipients, actor), link: null, title: label, body: input.text }, now.toISOString());
      return id;
    });
    return { id };
  },

  /**
   * 转为来源: the 批示 becomes a source of kind instruction with its text, dated the day it was
   * written and issued by the leader's unit; its decomposition into tasks follows on the usual page.
   */
  async convert(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'ledger.manage');
    const now = ctx.clock.now();
    return withTx(ctx.db, async (tx) => {
      const row = await instructionRepo.get(tx, id);
      if (!row) throw notFound();
      if (row.task_id !== null) await visibleTask(ctx, tx, actor, row.task_id);
      else if (row.source_id !== null) await visibleSource(ctx, tx, actor, row.source_id);
      else if (row.target_kind === 'figure') await assertFigureScope(tx, actor, 'ledger.manage', row.figure_unit_id);
      if (row.converted_source_id !== null) throw new AppError('ledger.instruction_converted', 'conflict', { id: row.converted_source_id });
      const title = `${row.author_name}批示：${row.text.replace(/\s+/g, ' ').trim().slice(0, 40)}`;
      const sourceId = await sourceRepo.insert(tx, {
        kind: 'instruction',
        title,
        date: calendarDate(new Date(row.created_at), ctx.config.timeZone),
        issuer: row.unit_name,
        text: row.text,
        created_by: actor.userId || null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      });
      if (!(await instructionRepo.markConverted(tx, id, sourceId))) throw new AppError('ledger.instruction_converted', 'conflict', { id: sourceId });
      await audit(
        tx,
        auditActor(actor),
        { action: 'create', entity: 'source', entityId: sourceId, after: { kind: 'instruction', title, instructionId: id } },
        now,
      );
      await audit(tx, auditActor(actor), { action: 'instruction.convert', entity: 'instruction', entityId: id, after: { sourceId } }, now);
      return { id: sourceId };
    });
  },
};
