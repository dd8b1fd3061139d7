import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { actionService, insertDraft } from '../../ledger/index.ts';
import { measureWarnings, problemStatus, type Prompt } from '../domain/index.ts';
import { problemRepo, tallyOf } from '../repo/problems.ts';
import { assertNoErrors, managedProblem, publishProblem, unitErrors } from './shared.ts';

export interface MeasureInput {
  title: string;
  leadUnitId?: number;
  supportingUnitIds?: number[];
  ownerName?: string | null;
  deadline?: string | null;
  description?: string;
}

export interface ProblemRef {
  id: number;
  unit_id: number;
  deadline: string;
  finding: string;
  source_id: number | null;
}

/**
 * A measure is a ledger task (category 'problem'), led by the responsible unit unless named
 * otherwise, inserted as a draft inside the caller's transaction so it walks the ledger's own loop.
 */
export async function insertMeasure(
  ctx: AppContext,
  tx: DbOrTx,
  actor: Actor,
  p: ProblemRef,
  m: MeasureInput,
  field = 'body',
  importBatchId?: number,
): Promise<{ taskId: number; warnings: Prompt[] }> {
  assertNoErrors(
    await unitErrors(tx, actor, [
      { field: `${field}.leadUnitId`, id: m.leadUnitId },
      ...(m.supportingUnitIds ?? []).map((id, i) => ({ field: `${field}.supportingUnitIds.${i}`, id })),
    ]),
  );
  const taskId = await insertDraft(
    ctx,
    tx,
    actor,
    {
      title: m.title,
      description: m.description ?? p.finding,
      leadUnitId: m.leadUnitId ?? p.unit_id,
      supportingUnitIds: m.supportingUnitIds ?? [],
      ownerName: m.ownerName?.trim() || null,
      deadline: m.deadline ?? null,
      category: 'problem',
      sourceId: p.source_id,
    },
    { importBatchId },
  );
  await problemRepo.linkMeasure(tx, p.id, taskId);
  return { taskId, warnings: measureWarnings({ title: m.title, deadline: m.deadline ?? null, ownerName: m.ownerName }, p.deadline, field) };
}

export const measureService = {
  async add(ctx: AppContext, actor: Actor, problemId: number, m: MeasureInput) {
    requirePermission(actor, 'problems.manage');
    requirePermission(actor, 'ledger.manage');
    const r = await withTx(ctx.db, async (tx) => {
      const p = await managedProblem(tx, actor, problemId);
      if (problemStatus(tallyOf(p), { acceptedMark: p.accepted_mark, refusedMark: p.refused_mark }) === 'rectified')
        throw new AppError('problems.rectified_locked', 'conflict');
      const added = await insertMeasure(ctx, tx, actor, p, m);
      await problemRepo.update(tx, p.id, p.version, {}, ctx.clock.now().toISOString());
      await audit(
        tx,
        auditActor(actor),
        { action: 'problem.addMeasure', entity: 'problem', entityId: p.id, after: { taskId: added.taskId, ...m } },
        ctx.clock.now(),
      );
      return { ...added, unitId: p.unit_id };
    });
    publishProblem(ctx, 'problem.updated', problemId, r.unitId, { taskId: r.taskId });
    return r;
  },

  /** 下达: every draft measure at once through the ledger (all or none; a measure without deadline is refused there). */
  async dispatch(ctx: AppContext, actor: Actor, problemId: number) {
    requirePermission(actor, 'problems.manage');
    const p = await managedProblem(ctx.db, actor, problemId);
    const drafts = (await problemRepo.measures(ctx.db, [problemId])).filter((m) => m.state === 'draft').map((m) => m.id);
    if (!drafts.length) throw new AppError('problems.no_draft_measures', 'conflict');
    const r = await actionService.dispatchMany(ctx, actor, drafts);
    publishProblem(ctx, 'problem.updated', problemId, p.unit_id, { dispatched: drafts });
    return r;
  },
};
