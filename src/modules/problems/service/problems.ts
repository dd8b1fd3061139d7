import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { staleWriteError } from '../../../platform/db/versioned.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Paging } from '../../../platform/http/schemas.ts';
import { referenceErrors, taskService, type Reference } from '../../ledger/index.ts';
import { problemActions, problemErrors, problemStatus, problemWarnings, yellowSpan, type Prompt, type Severity, type SourceKind } from '../domain/index.ts';
import { problemRepo, tallyOf, type ProblemFilter } from '../repo/problems.ts';
import { presentProblems, presentPrompts } from './present.ts';
import { problemSettings, type ProblemSettings } from './settings.ts';
import { insertMeasure, type MeasureInput } from './measures.ts';
import { assertNoErrors, managedProblem, publishProblem, unitErrors } from './shared.ts';

export interface ProblemFields {
  sourceKind: SourceKind;
  sourceTitle: string;
  sourceId?: number | null;
  taskId?: number | null;
  lookBackCheckId?: number | null;
  finding: string;
  category: string;
  severity?: Severity;
  unitId: number;
  foundOn?: string | null;
  deadline: string;
}

export type ProblemInput = ProblemFields & { measures?: MeasureInput[] };

/** Everything that blocks a write: dictionary, unit, references, dates. */
export async function fieldErrors(db: DbOrTx, actor: Actor, f: Partial<ProblemFields>, settings: ProblemSettings, today: string): Promise<Prompt[]> {
  const out: Prompt[] = [...problemErrors(f)];
  if (f.category !== undefined && !settings.categories.includes(f.category))
    out.push({ field: 'body.category', code: 'problems.bad_category', params: { value: f.category, allowed: settings.categories.join('、') } });
  if (f.unitId !== undefined) out.push(...(await unitErrors(db, actor, [{ field: 'body.unitId', id: f.unitId }])));
  if (f.sourceKind === 'task' && !f.taskId) out.push({ field: 'body.taskId', code: 'problems.task_required' });
  // A problem may name only a source, task or look-back check the author sees (a check: through its task).
  const checkTask = typeof f.lookBackCheckId === 'number' ? await problemRepo.lookBackCheckTask(db, f.lookBackCheckId) : undefined;
  const refs: Reference[] = [
    { field: 'body.sourceId', kind: 'source', id: f.sourceId },
    { field: 'body.taskId', kind: 'task', id: f.taskId },
  ];
  if (checkTask !== undefined) refs.push({ field: 'body.lookBackCheckId', kind: 'task', id: checkTask });
  out.push(
    ...(await referenceErrors(db, actor, today, refs)).map((e) => (e.field === 'body.lookBackCheckId' ? { ...e, params: { id: f.lookBackCheckId } } : e)),
  );
  if (typeof f.lookBackCheckId === 'number' && checkTask === undefined)
    out.push({ field: 'body.lookBackCheckId', code: 'validation.reference_not_visible', params: { id: f.lookBackCheckId } });
  return out;
}

/** Inserts a problem and its measures inside the caller's transaction; returns the id and the prompts. */
/** `importBatchId` tags the measures (ledger tasks) with the import that made them, so the import can be undone. */
export async function insertProblem(ctx: AppContext, tx: DbOrTx, actor: Actor, input: ProblemInput, settings: ProblemSettings, importBatchId?: number) {
  assertNoErrors(await fieldErrors(tx, actor, input, settings, ctx.today()));
  const now = ctx.clock.now().toISOString();
  const row = {
    source_kind: input.sourceKind,
    source_title: input.sourceTitle.trim(),
    source_id: input.sourceId ?? null,
    task_id: input.taskId ?? null,
    look_back_check_id: input.lookBackCheckId ?? null,
    finding: input.finding.trim(),
    category: input.category,
    severity: input.severity ?? 'general',
    unit_id: input.unitId,
    found_on: input.foundOn ?? null,
    deadline: input.deadline,
    ...{
      accepted_mark: null,
      accepted_at: null,
      accepted_by: null,
      acceptance_comment: null,
      refused_mark: null,
      refused_at: null,
      refused_by: null,
      refusal_reason: null,
    },
    created_by: actor.userId || null,
    created_at: now,
    updated_at: now,
  };
  const id = await problemRepo.insert(tx, row);
  await audit(
    tx,
    auditActor(actor),
    { action: 'create', entity: 'problem', entityId: id, after: { ...input, measures: input.measures?.length ?? 0 } },
    ctx.clock.now(),
  );
  for (const [i, m] of (input.measures ?? []).entries()) await insertMeasure(ctx, tx, actor, { id, ...row }, m, `body.measures.${i}`, importBatchId);
  return id;
}

export const problemService = {
  async list(ctx: AppContext, actor: Actor, f: ProblemFilter, paging: Paging) {
    requirePermission(actor, 'ledger.read');
    const today = ctx.today();
    const { warnDays } = await problemSettings(ctx.db);
    const [rows, total] = await Promise.all([
      problemRepo.page(ctx.db, actor, f, paging, today, yellowSpan(warnDays)),
      problemRepo.count(ctx.db, actor, f, today, yellowSpan(warnDays)),
    ]);
    return { total, items: await presentProblems(ctx.db, rows, today, warnDays) };
  },

  /** One problem with its measures as ledger task items, the prompts and what this actor may do. */
  async get(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'ledger.read');
    const row = await problemRepo.get(ctx.db, actor, id);
    if (!row) throw notFound();
    const { warnDays } = await problemSettings(ctx.db);
    const [item] = await presentProblems(ctx.db, [row], ctx.today(), warnDays);
    const linked = await problemRepo.measures(ctx.db, [id]);
    const ids = linked.map((m) => m.id);
    const seen = ids.length ? (await taskService.list(ctx, actor, { ids, sort: 'id' }, { page: 1, pageSize: 200 })).items : [];
    const byId = new Map(seen.map((m) => [m.id, m]));
    const open = linked.filter((m) => m.state !== 'cancelled');
    const canManage = actor.permissions.has('problems.manage') && (await problemRepo.get(ctx.db, actor, id, 'problems.manage')) !== undefined;
    return {
      ...item,
      measures: ids.map((mid) => byId.get(mid)).filter((m) => m !== undefined),
      warnings: presentPrompts(
        actor.locale,
        problemWarnings(
          row,
          open.map((m) => ({ title: m.title, deadline: m.deadline, ownerId: m.owner_id, ownerName: m.owner_name })),
        ),
      ),
      actions: problemActions(item.status, tallyOf(row), canManage),
    };
  },

  async create(ctx: AppContext, actor: Actor, input: ProblemInput) {
    requirePermission(actor, 'problems.manage');
    if (input.measures?.length) requirePermission(actor, 'ledger.manage');
    const settings = await problemSettings(ctx.db);
    const id = await withTx(ctx.db, (tx) => insertProblem(ctx, tx, actor, input, settings));
    publishProblem(ctx, 'problem.created', id, input.unitId);
    return this.get(ctx, actor, id);
  },

  async update(ctx: AppContext, actor: Actor, id: number, version: number, f: Partial<ProblemFields>) {
    requirePermission(actor, 'problems.manage');
    const settings = await problemSettings(ctx.db);
    const unitIds = await withTx(ctx.db, async (tx) => {
      const row = await managedProblem(tx, actor, id);
      if (row.version !== version) throw await staleWriteError(tx, 'problem', id, row.version, version, ctx.config.timeZone);
      if (problemStatus(tallyOf(row), { acceptedMark: row.accepted_mark, refusedMark: row.refused_mark }) === 'rectified')
        throw new AppError('problems.rectified_locked', 'conflict');
      assertNoErrors(
        await fieldErrors(
          tx,
          actor,
          { ...f, foundOn: f.foundOn !== undefined ? f.foundOn : row.found_on, deadline: f.deadline ?? row.deadline },
          settings,
          ctx.today(),
        ),
      );
      const set = {
        source_kind: f.sourceKind,
        source_title: f.sourceTitle?.trim(),
        source_id: f.sourceId,
        task_id: f.taskId,
        look_back_check_id: f.lookBackCheckId,
        finding: f.finding?.trim(),
        category: f.category,
        severity: f.severity,
        unit_id: f.unitId,
        found_on: f.foundOn,
        deadline: f.deadline,
      };
      if (!(await problemRepo.update(tx, id, version, set, ctx.clock.now().toISOString())))
        throw await staleWriteError(tx, 'problem', id, version + 1, version, ctx.config.timeZone);
      const before = Object.fromEntries(Object.keys(f).map((k) => [k, (row as Record<string, unknown>)[snake(k)]]));
      await audit(tx, auditActor(actor), { action: 'update', entity: 'problem', entityId: id, before, after: { ...f } }, ctx.clock.now());
      return [...new Set([row.unit_id, f.unitId ?? row.unit_id])];
    });
    for (const u of unitIds) publishProblem(ctx, 'problem.updated', id, u);
    return this.get(ctx, actor, id);
  },
};

const snake = (k: string) => (k === 'foundOn' ? 'found_on' : k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
