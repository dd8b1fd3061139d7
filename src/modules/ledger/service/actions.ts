import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { staleWriteError } from '../../../platform/db/versioned.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, holdersOf, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import {
  applyChanges,
  decide,
  formatDomainError,
  partiesOf,
  reviewsReports,
  type Action,
  type ActionInputs,
  type DomainError,
  type LedgerTask,
  type Party,
} from '../domain/index.ts';
import { ledgerColumns, toLedgerTask, type TaskRow } from '../task-mapping.ts';
import { taskRepo } from '../repo/tasks.ts';
import { applyRollup } from '../repo/rollups.ts';
import { ledgerActor } from './domain-actor.ts';
import { lightRules } from './rules.ts';
import { notify } from '../../notifications/index.ts';
import { taskEvent } from './shared.ts';
import { reportRepo } from '../repo/reports.ts';
import { assertAttachable } from '../../../platform/files/index.ts';

/** One task's refusal inside a batch, as a field error naming the task and saying why in the actor's language. */
export function itemFailure(field: string, title: string, e: AppError, locale: Actor['locale']) {
  const reason = e.format ? e.format(locale) : t(locale, e.code, e.params);
  return { field, code: 'ledger.item_failed', params: { title, reason } };
}

export function domainFailure(error: DomainError): AppError {
  const kind = error.code === 'task.forbidden' ? 'forbidden' : error.code === 'task.invalid_transition' ? 'conflict' : 'invalid';
  const e = new AppError(error.code, kind, error.params);
  e.format = (locale) => formatDomainError(error, locale);
  return e;
}

interface Loaded {
  row: TaskRow;
  supporting: number[];
  task: LedgerTask;
}

async function load(ctx: AppContext, tx: DbOrTx, actor: Actor, id: number, version: number | undefined): Promise<Loaded> {
  const row = await taskRepo.getScoped(tx, actor, id, ctx.today());
  if (!row) throw notFound();
  if (version !== undefined && row.version !== version) throw await staleWriteError(tx, 'task', id, row.version, version, ctx.config.timeZone);
  const supporting = (await taskRepo.supporting(tx, [id])).get(id)!;
  return { row, supporting, task: toLedgerTask(row, supporting, await taskRepo.sourceCycle(tx, row.source_id)) };
}

/** Who hears about each step of the loop (站内通知, written in the same transaction). */
async function recipients(tx: DbOrTx, action: Action, l: Loaded): Promise<number[]> {
  const lead = l.row.lead_unit_id;
  const liaisons = async (units: number[]) => (await Promise.all(units.map((u) => holdersOf(tx, 'liaison', u)))).flat();
  switch (action) {
    case 'dispatch':
      return liaisons([lead!, ...l.supporting]);
    case 'returnSignOff':
    case 'signOff':
    case 'approveExtension':
    case 'refuseExtension':
    case 'reopen':
    case 'cancel':
      return liaisons([lead!]);
    // Every progress report too: the supervisors above the lead unit review it (待审核).
    case 'acknowledge':
    case 'report':
    case 'requestSignOff':
    case 'requestExtension':
      return lead === null ? [] : holdersOf(tx, 'supervisor', lead, false);
    default:
      return [];
  }
}

export interface StepResult {
  id: number;
  event: string;
}

/** One step of the loop on one task, inside the caller's transaction: decide, write, count, audit, notify. */
export async function step<A extends Action>(
  ctx: AppContext,
  tx: DbOrTx,
  actor: Actor,
  id: number,
  action: A,
  input: ActionInputs[A] | undefined,
  version?: number,
  mutate?: (after: LedgerTask, l: Loaded, parties: Set<Party>) => Partial<TaskRow> | void,
  /** false: write no notification (a step another step of the same request announces). */
  announce = true,
): Promise<StepResult> {
  const today = ctx.today();
  const l = await load(ctx, tx, actor, id, version);
  const la = await ledgerActor(tx, actor, [l.row.lead_unit_id ?? 0, ...l.supporting].filter(Boolean));
  const decision = decide(l.task, action, la, input, today);
  if (!decision.ok) throw domainFailure(decision.error);
  const after = applyChanges(l.task, decision.next);
  const extra = mutate?.(after, l, partiesOf(la, l.task)) ?? {};
  const rules = await lightRules(tx);
  const set = { ...ledgerColumns(after, rules), ...extra };
  if (!(await taskRepo.update(tx, id, l.row.version, set, ctx.clock.now().toISOString()))) {
    throw await staleWriteError(tx, 'task', id, l.row.version + 1, l.row.version, ctx.config.timeZone);
  }
  await applyRollup(tx, l.task, after, rules, l.row.source_id);
  await closeReports(ctx, tx, actor, id, action, input, l.task, after);
  const changed = Object.fromEntries(Object.entries(set).filter(([k, v]) => (l.row as unknown as Record<string, unknown>)[k] !== v));
  const before = Object.fromEntries(Object.keys(changed).map((k) => [k, (l.row as unknown as Record<string, unknown>)[k]]));
  await audit(
    tx,
    auditActor(actor),
    { action: `task.${action}`, entity: 'task', entityId: id, before, after: { ...changed, ...(input ?? {}) } },
    ctx.clock.now(),
  );
  const to = announce ? (await recipients(tx, action, l)).filter((u) => u !== actor.userId) : [];
  await notify(
    tx,
    { kind: decision.event, recipients: to, link: { type: 'task', id }, title: l.row.title, body: (input as { reason?: string } | undefined)?.reason ?? '' },
    ctx.clock.now().toISOString(),
  );
  return { id, event: decision.event };
}

/**
 * The reports a step decides, in its transaction: deciding a sign-off request decides its report
 * (decided once, no longer 待审核 anywhere), and closing the task closes every report still pending.
 */
async function closeReports(ctx: AppContext, tx: DbOrTx, actor: Actor, id: number, action: Action, input: unknown, before: LedgerTask, after: LedgerTask) {
  const at = ctx.clock.now().toISOString();
  if (action === 'signOff' || action === 'returnSignOff') {
    const reason = (input as { reason?: string } | undefined)?.reason ?? null;
    await reportRepo.decideSignOffRequests(tx, id, action === 'signOff' ? 'accepted' : 'returned', reason, actor.userId, at);
  }
  if (reviewsReports(before.state) && !reviewsReports(after.state)) await reportRepo.closePending(tx, id, actor.userId, at);
}

export interface ReportInput {
  text: string;
  percent?: number;
  /** Index of a milestone reached with this report. */
  milestone?: number;
  fileIds?: number[];
}

export const actionService = {
  async act<A extends Action>(ctx: AppContext, actor: Actor, id: number, action: A, version: number, input?: ActionInputs[A]) {
    requirePermission(actor, 'ledger.read');
    const r = await withTx(ctx.db, async (tx) => {
      // 签收: the lead unit's liaison who acknowledges becomes the task's 联络员 when it has none.
      const fillLiaison =
        action === 'acknowledge'
          ? (_: LedgerTask, l: Loaded, parties: Set<Party>) =>
              l.row.liaison_id === null && !l.row.liaison_name?.trim() && parties.has('leadLiaison') ? { liaison_id: actor.userId } : {}
          : undefined;
      return step(ctx, tx, actor, id, action, input, version, fillLiaison);
    });
    ctx.events.publish(await taskEvent(ctx, r.event, id));
  },

  /** Dispatches several drafts at once: all or none, with each refusal named. */
  async dispatchMany(ctx: AppContext, actor: Actor, ids: number[]) {
    requirePermission(actor, 'ledger.manage');
    await withTx(ctx.db, async (tx) => {
      const failures: ReturnType<typeof itemFailure>[] = [];
      for (const [i, id] of ids.entries()) {
        try {
          await step(ctx, tx, actor, id, 'dispatch', undefined);
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          const row = await taskRepo.getScoped(tx, actor, id, ctx.today());
          failures.push(itemFailure(`body.ids.${i}`, row?.title ?? `#${id}`, e, actor.locale));
        }
      }
      if (failures.length) throw new AppError('ledger.dispatch_failed', 'invalid', { count: failures.length }, failures);
    });
    for (const id of ids) ctx.events.publish(await taskEvent(ctx, 'task.dispatched', id));
    return { dispatched: ids.length };
  },

  /**
   * A progress report (填报). From the lead unit it moves the task's progress and latest report;
   * from a supporting unit it is kept beside them. `requestSignOff` files a final report too.
   */
  async report(ctx: AppContext, actor: Actor, id: number, input: ReportInput, signOff = false) {
    requirePermission(actor, 'ledger.report');
    const today = ctx.today();
    // Only files the author may read (its own uploads, or what it already sees): ids are sequential.
    // Checked before the transaction: the modules' read rules query outside it.
    await assertAttachable(ctx, ctx.db, actor, input.fileIds ?? [], 'body.fileIds');
    const reportId = await withTx(ctx.db, async (tx) => {
      let unitId = 0;
      // A final report is announced once, as the sign-off request it files.
      const doStep = (action: 'report' | 'requestSignOff') =>
        step(
          ctx,
          tx,
          actor,
          id,
          action,
          undefined,
          undefined,
          (after, l, parties) => {
            const fromLead = parties.has('leadLiaison');
            // A supporting unit's report speaks for the supporting unit the reporter serves in.
            unitId = fromLead
              ? l.row.lead_unit_id!
              : (l.supporting.find((u) => actor.grants.some((g) => g.unitId === u)) ?? l.supporting[0] ?? l.row.lead_unit_id!);
            if (!fromLead) return {}; // a supporting unit's report is kept, but the lead unit speaks for the task
            after.milestones = after.milestones.map((m, i) => (i === input.milestone && m.doneOn === null ? { ...m, doneOn: today } : m));
            return {
              milestones: JSON.stringify(mergeTitles(JSON.parse(l.row.milestones), after.milestones)),
              latest_report: input.text.slice(0, 500),
              progress: signOff ? 100 : (input.percent ?? l.row.progress),
            };
          },
          action === 'requestSignOff' || !signOff,
        );
      await doStep('report');
      if (signOff) await doStep('requestSignOff');
      unitId ||= actor.unitId; // no unit found by the rules: the author's home unit
      return reportRepo.insert(tx, {
        task_id: id,
        unit_id: unitId,
        author_id: actor.userId,
        kind: signOff ? 'signOffRequest' : 'progress',
        text: input.text,
        percent: signOff ? 100 : (input.percent ?? null),
        milestone: input.milestone ?? null,
        file_ids: JSON.stringify(input.fileIds ?? []),
        created_at: ctx.clock.now().toISOString(),
      });
    });
    ctx.events.publish(await taskEvent(ctx, signOff ? 'task.signOffRequested' : 'task.progressReported', id));
    return reportId;
  },
};

function mergeTitles(old: { title?: string }[], next: readonly { due: string; doneOn: string | null }[]) {
  return next.map((m, i) => ({ ...(old[i]?.title ? { title: old[i].title } : {}), ...m }));
}
