import crypto from 'node:crypto';
import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import type { Paging } from '../../../platform/http/schemas.ts';
import { assertReferences, ledgerActor, lightOf, partiesOf, step } from '../../ledger/index.ts';
import { sampleIds } from '../domain/index.ts';
import { lookBackRepo, type CheckRow } from '../repo/look-backs.ts';
import { publishTaskEvent } from './shared.ts';

export interface LookBackInput {
  scope: 'all' | 'source' | 'sample';
  sourceId?: number;
  percent?: number;
  note?: string;
  /** The day it is held (default today) and the units' answer deadline. */
  scheduledOn?: string;
  dueOn?: string;
}
export interface CheckDecision {
  decision: 'confirm' | 'reopen';
  reason: string;
  deadline?: string;
}

const presentCheck = (today: string) => (c: CheckRow) => ({
  id: c.id,
  lookBackId: c.look_back_id,
  task: {
    id: c.task_id,
    number: c.number,
    title: c.title,
    state: c.state,
    status: c.status,
    light: lightOf(c, today),
    deadline: c.task_deadline,
    leadUnit: c.lead_unit_id === null ? null : { id: c.lead_unit_id, name: c.unit_name ?? '' },
  },
  decision: c.decision,
  reason: c.reason,
  deadline: c.deadline,
  decidedBy: c.decided_by === null ? null : { id: c.decided_by, name: c.decider ?? '' },
  decidedAt: c.decided_at,
});

type LookBackRow = NonNullable<Awaited<ReturnType<typeof lookBackRepo.get>>>;
const presentLookBack = (l: LookBackRow, tally: Record<string, number>) => ({
  id: l.id,
  scope: l.scope,
  sourceId: l.source_id,
  percent: l.percent,
  note: l.note,
  seed: l.seed,
  candidates: l.candidates,
  scheduledOn: l.scheduled_on,
  dueOn: l.due_on,
  createdBy: { id: l.created_by, name: l.creator },
  createdAt: l.created_at,
  counts: { total: Object.values(tally).reduce((a, b) => a + b, 0), pending: tally.pending ?? 0, confirmed: tally.confirm ?? 0, reopened: tally.reopen ?? 0 },
});

export const lookBackService = {
  /** 回头看: schedules a check of every signed-off task in scope, of one source's, or of a sample. */
  async create(ctx: AppContext, actor: Actor, input: LookBackInput) {
    requirePermission(actor, 'supervision.manage');
    if (input.scope === 'source' && input.sourceId === undefined) throw fieldError('body.sourceId', 'validation.required');
    if (input.scope === 'sample' && input.percent === undefined) throw fieldError('body.percent', 'validation.required');
    const today = ctx.today();
    const scheduledOn = input.scheduledOn ?? today;
    if (input.dueOn !== undefined && input.dueOn < scheduledOn) throw fieldError('body.dueOn', 'supervision.look_back_due_before', { scheduledOn });
    // A look-back of one source names a source the author sees (it is stored and shown with the look-back).
    await assertReferences(ctx.db, actor, today, [{ field: 'body.sourceId', kind: 'source', id: input.sourceId }]);
    const candidates = await lookBackRepo.candidates(ctx.db, actor, today, input.scope === 'all' ? undefined : input.sourceId);
    const seed = crypto.randomBytes(8).toString('hex');
    const chosen = input.scope === 'sample' ? sampleIds(candidates, input.percent!, seed) : candidates;
    if (!chosen.length) throw new AppError('supervision.look_back_empty', 'invalid');
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      const id = await lookBackRepo.insert(
        tx,
        {
          scope: input.scope,
          sourceId: input.sourceId ?? null,
          percent: input.scope === 'sample' ? input.percent! : null,
          note: input.note ?? null,
          seed,
          candidates: candidates.length,
          scheduledOn,
          dueOn: input.dueOn ?? null,
          createdBy: actor.userId,
          at: now.toISOString(),
        },
        chosen,
      );
      await audit(
        tx,
        auditActor(actor),
        { action: 'create', entity: 'lookBack', entityId: id, after: { ...input, seed, checks: chosen.length, of: candidates.length } },
        now,
      );
      return id;
    });
    return this.get(ctx, actor, id);
  },

  async list(ctx: AppContext, actor: Actor, paging: Paging) {
    requirePermission(actor, 'supervision.manage');
    const { total, rows } = await lookBackRepo.page(ctx.db, paging);
    const tallies = await lookBackRepo.tallies(
      ctx.db,
      rows.map((r) => r.id),
    );
    return { total, items: rows.map((r) => presentLookBack(r, tallies.get(r.id)!)) };
  },

  async get(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'supervision.manage');
    const row = await lookBackRepo.get(ctx.db, id);
    if (!row) throw notFound();
    const today = ctx.today();
    const [tallies, checks] = await Promise.all([lookBackRepo.tallies(ctx.db, [id]), lookBackRepo.checks(ctx.db, actor, today, { lookBackId: id })]);
    return { ...presentLookBack(row, tallies.get(id)!), checks: checks.map(presentCheck(today)) };
  },

  /** Confirms a signed-off task, or reopens it through the ledger's own step in the same transaction. */
  async decide(ctx: AppContext, actor: Actor, checkId: number, input: CheckDecision) {
    requirePermission(actor, 'supervision.manage');
    const today = ctx.today();
    const now = ctx.clock.now();
    const check = await withTx(ctx.db, async (tx) => {
      const [check] = await lookBackRepo.checks(tx, actor, today, { checkId });
      if (!check) throw notFound();
      if (check.decision !== null) throw new AppError('supervision.check_decided', 'conflict');
      const la = await ledgerActor(tx, actor, check.lead_unit_id === null ? [] : [check.lead_unit_id]);
      if (check.lead_unit_id === null || !partiesOf(la, { leadUnitId: String(check.lead_unit_id), supportingUnitIds: [] }).has('supervisor')) {
        throw new AppError('supervision.not_supervisor', 'forbidden', { unit: check.unit_name ?? '' });
      }
      const deadline = input.deadline ?? null;
      if (input.decision === 'reopen') await step(ctx, tx, actor, check.task_id, 'reopen', { reason: input.reason, ...(deadline ? { deadline } : {}) });
      if (!(await lookBackRepo.decide(tx, checkId, { decision: input.decision, reason: input.reason, deadline, by: actor.userId, at: now.toISOString() }))) {
        throw new AppError('supervision.check_decided', 'conflict');
      }
      if (input.decision === 'confirm') {
        await audit(
          tx,
          auditActor(actor),
          { action: 'task.lookBackConfirm', entity: 'task', entityId: check.task_id, after: { lookBackId: check.look_back_id, reason: input.reason } },
          now,
        );
      }
      return check;
    });
    if (input.decision === 'reopen') publishTaskEvent(ctx, 'task.reopened', { id: check.task_id, leadUnitId: check.lead_unit_id });
    const [fresh] = await lookBackRepo.checks(ctx.db, actor, ctx.today(), { checkId });
    return presentCheck(ctx.today())(fresh);
  },
};
