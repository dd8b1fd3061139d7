import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { staleWriteError } from '../../../platform/db/versioned.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, resolveScope, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Paging } from '../../../platform/http/schemas.ts';
import { allowedActions, makesParentCycle, type Milestone } from '../domain/index.ts';
import { draftTask, ledgerColumns, toLedgerTask, type TaskRow } from '../task-mapping.ts';
import { seesDrafts, taskRepo, type PagePlan, type TaskFilter } from '../repo/tasks.ts';
import { applyRollup, countTotals, rollupTotals } from '../repo/rollups.ts';
import { ledgerActor } from './domain-actor.ts';
import { presentTasks } from './present.ts';
import { lightRules } from './rules.ts';
import { taskEvent } from './shared.ts';
import { assertReferences, taskReferences } from './references.ts';

export const categories = ['responsibility', 'task', 'problem'] as const;

export interface TaskFields {
  title: string;
  description?: string;
  measures?: string;
  number?: string;
  leadUnitId?: number | null;
  supportingUnitIds?: number[];
  ownerId?: number | null;
  ownerName?: string | null;
  liaisonId?: number | null;
  liaisonName?: string | null;
  deadline?: string | null;
  deadlinePhrase?: string | null;
  milestones?: { title?: string; due: string; doneOn?: string | null }[];
  category?: (typeof categories)[number];
  key?: boolean;
  tags?: string[];
  parentId?: number | null;
  sourceId?: number | null;
  sourceStart?: number | null;
  sourceEnd?: number | null;
  reportingCycle?: { kind: 'none' } | { kind: 'weekly'; weekday: number } | { kind: 'monthly'; day: number } | null;
}

/**
 * The total a list shows. With only unit, status and light filters and a scope that covers the
 * unit, it is summed from the roll-up counters (a few rows) instead of counting matching tasks.
 */
async function total(ctx: AppContext, actor: Actor, f: TaskFilter, today: string): Promise<{ total: number; plan: PagePlan }> {
  const simple = Object.entries(f).every(([k, v]) => v === undefined || ['unitId', 'status', 'light', 'sort', 'involvement'].includes(k));
  const scope = resolveScope(actor, 'ledger.read');
  const statuses = f.status?.length ? f.status : undefined;
  const usable =
    simple && scope.all && (f.involvement ?? 'lead') === 'lead' && (f.unitId !== undefined || (statuses !== undefined && !statuses.includes('draft')));
  if (!usable) return { total: await taskRepo.count(ctx.db, actor, f, today), plan: 'seek' };
  // Without a light filter one counter row per status answers; lights need the threshold rows.
  const count = async (unit: number | 'all') =>
    f.light?.length
      ? sumRollup(await rollupTotals(ctx.db, { unit, part: 'lead', statuses, hideDrafts: !seesDrafts(actor) }, today), f.light)
      : countTotals(ctx.db, { unit, part: 'lead', statuses, hideDrafts: !seesDrafts(actor) });
  const n = await count(f.unitId ?? 'all');
  if ((f.sort ?? 'deadline') !== 'deadline' || (!statuses && !f.light?.length)) return { total: n, plan: 'seek' };
  // City-wide, by light: walk the deadline order (red at its start, yellow just after today).
  if (f.unitId === undefined) return { total: n, plan: f.light?.length ? 'ordered' : 'seek' };
  // Walking the deadline index reads about pageSize / share entries: worth it from a 2% share on.
  // The city-wide figure only steers the plan, so a few seconds' staleness costs nothing.
  const all = await planCache(`${(statuses ?? []).join(',')}|${(f.light ?? []).join(',')}`, ctx.clock.now().getTime(), () => count('all'));
  return { total: n, plan: all > 0 && n / all >= 0.02 ? 'ordered' : 'seek' };
}

const planCounts = new Map<string, { n: number; at: number }>();
async function planCache(key: string, now: number, read: () => Promise<number>): Promise<number> {
  const hit = planCounts.get(key);
  if (hit && now - hit.at < 5000 && now >= hit.at) return hit.n;
  const n = await read();
  if (planCounts.size > 100) planCounts.clear();
  planCounts.set(key, { n, at: now });
  return n;
}

function sumRollup(rows: { status: string; total: number; red: number; yellow: number }[], light?: TaskFilter['light']): number {
  if (!light?.length) return rows.reduce((n, r) => n + r.total, 0);
  return rows
    .filter((r) => !['draft', 'signedOff', 'cancelled'].includes(r.status))
    .reduce(
      (n, r) =>
        n + (light.includes('red') ? r.red : 0) + (light.includes('yellow') ? r.yellow : 0) + (light.includes('green') ? r.total - r.red - r.yellow : 0),
      0,
    );
}

function rowFromFields(f: TaskFields) {
  return {
    title: f.title,
    description: f.description,
    measures: f.measures,
    number: f.number,
    owner_id: f.ownerId,
    owner_name: f.ownerName,
    liaison_id: f.liaisonId,
    liaison_name: f.liaisonName,
    deadline_phrase: f.deadlinePhrase,
    category: f.category,
    key_task: f.key === undefined ? undefined : f.key ? 1 : 0,
    tags: f.tags === undefined ? undefined : JSON.stringify(f.tags),
    parent_id: f.parentId,
    source_id: f.sourceId,
    source_start: f.sourceStart,
    source_end: f.sourceEnd,
    reporting_cycle: f.reportingCycle === undefined ? undefined : f.reportingCycle === null ? null : JSON.stringify(f.reportingCycle),
  };
}

const milestonesOf = (m: TaskFields['milestones']): (Milestone & { title?: string })[] =>
  (m ?? []).map((x) => ({ title: x.title, due: x.due, doneOn: x.doneOn ?? null }));

/** Inserts a draft task with its counters and audit row; the caller holds the transaction. */
export async function insertDraft(
  ctx: AppContext,
  tx: DbOrTx,
  actor: Actor,
  f: TaskFields,
  extra: { importBatchId?: number; sortKey?: string } = {},
): Promise<number> {
  const now = ctx.clock.now().toISOString();
  const supporting = (f.supportingUnitIds ?? []).filter((u) => u !== f.leadUnitId);
  const domain = draftTask({
    leadUnitId: f.leadUnitId ?? null,
    supportingUnitIds: supporting,
    deadline: f.deadline ?? null,
    milestones: milestonesOf(f.milestones),
  });
  const rules = await lightRules(tx);
  const cols = ledgerColumns(domain, rules);
  const id = await taskRepo.insert(
    tx,
    {
      ...(rowFromFields(f) as Partial<TaskRow>),
      ...cols,
      milestones: JSON.stringify(milestonesOf(f.milestones)),
      sort_key: extra.sortKey ?? '',
      import_batch_id: extra.importBatchId ?? null,
      created_by: actor.userId || null,
      created_at: now,
      updated_at: now,
    } as TaskRow,
    supporting,
  );
  await applyRollup(tx, null, domain, rules, f.sourceId ?? null);
  await audit(tx, auditActor(actor), { action: 'create', entity: 'task', entityId: id, after: { ...f } }, ctx.clock.now());
  return id;
}

export const taskService = {
  async list(ctx: AppContext, actor: Actor, f: TaskFilter, paging: Paging) {
    requirePermission(actor, 'ledger.read');
    const today = ctx.today();
    const { total: n, plan } = await total(ctx, actor, f, today);
    const rows = await taskRepo.page(ctx.db, actor, f, paging, today, plan);
    return { total: n, items: await presentTasks(ctx.db, rows, today) };
  },

  /** One task with what this actor may do to it, so the page never re-implements the rules. */
  async get(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'ledger.read');
    const today = ctx.today();
    const row = await taskRepo.getScoped(ctx.db, actor, id, today);
    if (!row) throw notFound();
    const [item] = await presentTasks(ctx.db, [row], today);
    const supporting = item.supportingUnits.map((u) => u.id);
    const domain = toLedgerTask(row, supporting, await taskRepo.sourceCycle(ctx.db, row.source_id));
    const la = await ledgerActor(ctx.db, actor, [row.lead_unit_id ?? 0, ...supporting].filter(Boolean));
    const actions: string[] = allowedActions(domain, la, today);
    if (actor.permissions.has('ledger.manage') && row.state === 'draft') actions.push('edit', 'delete');
    else if (actor.permissions.has('ledger.manage') && la.grants.some((g) => g.role === 'supervisor')) {
      actions.push('edit');
      // 催办 and 督办单 press a task still in progress: one signed off or cancelled has no light.
      if (item.light !== null && row.lead_unit_id !== null) actions.push('remind', 'supervisionNotice');
    }
    return {
      ...item,
      description: row.description,
      measures: row.measures,
      milestones: JSON.parse(row.milestones),
      deadlineHistory: JSON.parse(row.deadline_history),
      tags: JSON.parse(row.tags),
      reportingCycle: row.reporting_cycle ? JSON.parse(row.reporting_cycle) : null,
      sourceSpan: row.source_start !== null ? { start: row.source_start, end: row.source_end } : null,
      signOffRequest: row.sign_off_request ? JSON.parse(row.sign_off_request) : null,
      signOffReturn: row.sign_off_return ? JSON.parse(row.sign_off_return) : null,
      extensionRequest: row.extension_request ? JSON.parse(row.extension_request) : null,
      dates: {
        dispatched: row.dispatched_on,
        acknowledged: row.acknowledged_on,
        lastReport: row.last_report_on,
        signedOff: row.signed_off_on,
        reopened: row.reopened_on,
      },
      actions,
    };
  },

  async create(ctx: AppContext, actor: Actor, f: TaskFields) {
    requirePermission(actor, 'ledger.manage');
    const id = await withTx(ctx.db, async (tx) => {
      await assertReferences(tx, actor, ctx.today(), taskReferences(f));
      return insertDraft(ctx, tx, actor, f);
    });
    ctx.events.publish(await taskEvent(ctx, 'task.created', id));
    return this.get(ctx, actor, id);
  },

  /** Edits a task's fields. Units and deadline change freely only in draft; afterwards through extensions. */
  async update(ctx: AppContext, actor: Actor, id: number, version: number, f: Partial<TaskFields>) {
    requirePermission(actor, 'ledger.manage');
    const today = ctx.today();
    await withTx(ctx.db, async (tx) => {
      const row = await taskRepo.getScoped(tx, actor, id, today);
      if (!row) throw notFound();
      if (row.version !== version) throw await staleWriteError(tx, 'task', id, row.version, version, ctx.config.timeZone);
      const supportingBefore = (await taskRepo.supporting(tx, [id])).get(id)!;
      const before = toLedgerTask(row, supportingBefore, await taskRepo.sourceCycle(tx, row.source_id));
      const structural = f.leadUnitId !== undefined || f.supportingUnitIds !== undefined || f.deadline !== undefined;
      if (structural && row.state !== 'draft' && (f.leadUnitId !== undefined || f.deadline !== undefined)) {
        if ((f.leadUnitId !== undefined && f.leadUnitId !== row.lead_unit_id) || (f.deadline !== undefined && f.deadline !== row.deadline)) {
          throw new AppError('ledger.locked_after_dispatch', 'invalid');
        }
      }
      const lead = f.leadUnitId !== undefined ? f.leadUnitId : row.lead_unit_id;
      const supporting = (f.supportingUnitIds ?? supportingBefore).filter((u) => u !== lead);
      // A new parent must not lie below the task (A→B→A, A→A): the tree would loop.
      const cycle = typeof f.parentId === 'number' && makesParentCycle(id, f.parentId, await taskRepo.ancestorIds(tx, f.parentId));
      await assertReferences(
        tx,
        actor,
        today,
        taskReferences(f, 'body', [lead, ...supporting]),
        cycle ? [{ field: 'body.parentId', code: 'ledger.parent_cycle', params: { id: f.parentId } }] : [],
      );
      const after = {
        ...before,
        leadUnitId: lead === null ? null : String(lead),
        supportingUnitIds: supporting.map(String),
        deadline: f.deadline !== undefined ? f.deadline : before.deadline,
        milestones: f.milestones !== undefined ? milestonesOf(f.milestones) : before.milestones,
      };
      const rules = await lightRules(tx);
      const set = { ...(rowFromFields({ title: row.title, ...f }) as Partial<TaskRow>), ...ledgerColumns(after, rules) };
      if (f.milestones !== undefined) set.milestones = JSON.stringify(milestonesOf(f.milestones));
      await taskRepo.update(tx, id, version, set, ctx.clock.now().toISOString());
      if (f.supportingUnitIds !== undefined || f.leadUnitId !== undefined) await taskRepo.setSupporting(tx, id, supporting);
      await applyRollup(tx, before, after, rules, row.source_id);
      await audit(tx, auditActor(actor), { action: 'update', entity: 'task', entityId: id, before: pick(row, f), after: { ...f } }, ctx.clock.now());
    });
    ctx.events.publish(await taskEvent(ctx, 'task.updated', id));
    return this.get(ctx, actor, id);
  },

  async remove(ctx: AppContext, actor: Actor, id: number, version: number) {
    requirePermission(actor, 'ledger.manage');
    const event = await taskEvent(ctx, 'task.deleted', id);
    await withTx(ctx.db, async (tx) => {
      const row = await taskRepo.getScoped(tx, actor, id, ctx.today());
      if (!row) throw notFound();
      if (row.version !== version) throw await staleWriteError(tx, 'task', id, row.version, version, ctx.config.timeZone);
      if (row.state !== 'draft') throw new AppError('ledger.delete_not_draft', 'invalid');
      if ((await taskRepo.children(tx, id)).length) throw new AppError('ledger.has_children', 'conflict');
      const supporting = (await taskRepo.supporting(tx, [id])).get(id)!;
      await applyRollup(tx, toLedgerTask(row, supporting, null), null, await lightRules(tx), row.source_id);
      await taskRepo.remove(tx, id);
      await audit(tx, auditActor(actor), { action: 'delete', entity: 'task', entityId: id, before: { title: row.title } }, ctx.clock.now());
    });
    ctx.events.publish(event);
  },
};

function pick(row: TaskRow, f: Partial<TaskFields>): Record<string, unknown> {
  const map: Record<string, keyof TaskRow> = {
    title: 'title',
    description: 'description',
    measures: 'measures',
    deadline: 'deadline',
    leadUnitId: 'lead_unit_id',
    ownerName: 'owner_name',
    category: 'category',
  };
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(f)) if (map[k]) out[k] = row[map[k]];
  return out;
}
