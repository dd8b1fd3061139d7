import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { staleWriteError } from '../../../platform/db/versioned.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, holdersOf, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertAttachable } from '../../../platform/files/index.ts';
import { notify } from '../../notifications/index.ts';
import { acceptanceErrors, problemStatus } from '../domain/index.ts';
import { problemRepo, tallyOf } from '../repo/problems.ts';
import { assertNoErrors, managedProblem, publishProblem } from './shared.ts';

export interface AcceptInput {
  comment: string;
  fileIds: number[];
  version?: number;
}

export interface RefuseInput {
  reason: string;
  version?: number;
}

/** Loads a problem awaiting acceptance (验收) for a manager, inside the transaction. */
async function awaiting(ctx: AppContext, tx: Parameters<typeof managedProblem>[0], actor: Actor, id: number, version?: number) {
  const row = await managedProblem(tx, actor, id);
  if (version !== undefined && row.version !== version) throw await staleWriteError(tx, 'problem', id, row.version, version, ctx.config.timeZone);
  const tally = tallyOf(row);
  const status = problemStatus(tally, { acceptedMark: row.accepted_mark, refusedMark: row.refused_mark });
  if (status !== 'awaitingAcceptance') throw new AppError('problems.not_awaiting_acceptance', 'conflict', { status });
  return { row, tally };
}

export const acceptanceService = {
  /** 验收: every measure signed off, and evidence (files and a comment) on record. */
  async accept(ctx: AppContext, actor: Actor, id: number, input: AcceptInput) {
    requirePermission(actor, 'problems.manage');
    assertNoErrors(acceptanceErrors(input));
    const fileIds = [...new Set(input.fileIds)];
    // Evidence the accepting manager may read (its own uploads, or what it already sees), only;
    // checked before the transaction, as the modules' read rules query outside it.
    await assertAttachable(ctx, ctx.db, actor, fileIds, 'body.fileIds');
    const unitId = await withTx(ctx.db, async (tx) => {
      const { row, tally } = await awaiting(ctx, tx, actor, id, input.version);
      const now = ctx.clock.now().toISOString();
      const set = {
        accepted_mark: tally.mark,
        accepted_at: now,
        accepted_by: actor.userId || null,
        acceptance_comment: input.comment.trim(),
        acceptance_file_ids: JSON.stringify(fileIds),
      };
      if (!(await problemRepo.update(tx, id, row.version, set, now)))
        throw await staleWriteError(tx, 'problem', id, row.version + 1, row.version, ctx.config.timeZone);
      await audit(
        tx,
        auditActor(actor),
        { action: 'problem.accept', entity: 'problem', entityId: id, after: { comment: set.acceptance_comment, fileIds } },
        ctx.clock.now(),
      );
      return row.unit_id;
    });
    publishProblem(ctx, 'problem.rectified', id, unitId);
  },

  /** 验收不通过: back to rectifying with the reason; the responsible unit's liaisons hear of it. */
  async refuse(ctx: AppContext, actor: Actor, id: number, input: RefuseInput) {
    requirePermission(actor, 'problems.manage');
    const unitId = await withTx(ctx.db, async (tx) => {
      const { row, tally } = await awaiting(ctx, tx, actor, id, input.version);
      const now = ctx.clock.now().toISOString();
      const set = { refused_mark: tally.mark, refused_at: now, refused_by: actor.userId || null, refusal_reason: input.reason.trim() };
      if (!(await problemRepo.update(tx, id, row.version, set, now)))
        throw await staleWriteError(tx, 'problem', id, row.version + 1, row.version, ctx.config.timeZone);
      await audit(
        tx,
        auditActor(actor),
        { action: 'problem.refuseAcceptance', entity: 'problem', entityId: id, after: { reason: set.refusal_reason } },
        ctx.clock.now(),
      );
      const to = (await holdersOf(tx, 'liaison', row.unit_id)).filter((u) => u !== actor.userId);
      await notify(
        tx,
        { kind: 'problem.acceptanceRefused', recipients: to, link: { type: 'problem', id }, title: row.finding.slice(0, 200), body: set.refusal_reason },
        now,
      );
      return row.unit_id;
    });
    publishProblem(ctx, 'problem.updated', id, unitId, { refused: true });
  },
};
