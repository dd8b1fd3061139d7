import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, holdersOf, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { staleWriteError } from '../../../platform/db/versioned.ts';
import { addDays, addMonths, maxDate } from '../../../platform/calendar/index.ts';
import { t } from '../../../platform/i18n/index.ts';
import { JobRunner } from '../../../platform/jobs/index.ts';
import { notify } from '../../notifications/index.ts';
import { ensureSource, insertDraft, step } from '../../ledger/index.ts';
import { REMINDER_MONTHS, dueReminder, termChangeProblems, type TermChangeKind } from '../domain/index.ts';
import { partyOrgRepo } from '../repo/party-orgs.ts';
import { renewalRepo } from '../repo/renewals.ts';
import { termRepo } from '../repo/terms.ts';
import { partyOrgSettings } from './settings.ts';
import { ordinaryEndOf } from './terms.ts';
import { assertNoErrors, loadOrg, publishOrg } from './shared.ts';

export const RENEWAL_SCAN_JOB = 'partyOrgs.renewalScan';

// Notifications are stored as text, in the server's default locale.
const LOCALE = 'zh-CN';

export interface TermChangeInput {
  kind: TermChangeKind;
  newTermEnd: string;
  approvedBy: string;
  reason: string;
  version?: number;
}

/**
 * The renewal tasks one click makes, with their deadlines relative to the term's end: 调研准备 three
 * months ahead (the 2018 opinion asks the superior to start preparing well before the end), 选举 a
 * month ahead, 报批 (reporting the result for approval) on the end day. A deadline already past or
 * too near (an overdue term) moves to today + 15 / 30 / 45 days, keeping the order.
 */
export const RENEWAL_STEPS = [
  { key: 'research', daysBefore: 90, fallbackDays: 15 },
  { key: 'election', daysBefore: 30, fallbackDays: 30 },
  { key: 'approval', daysBefore: 0, fallbackDays: 45 },
] as const;

export function renewalDeadlines(termEnd: string, today: string): string[] {
  return RENEWAL_STEPS.map((s) => maxDate(addDays(termEnd, -s.daysBefore), addDays(today, s.fallbackDays)));
}

export const renewalService = {
  /** 延期换届 / 提前换届 with the superior committee's approval; refused beyond a year. */
  async changeTerm(ctx: AppContext, actor: Actor, id: number, input: TermChangeInput) {
    requirePermission(actor, 'partyOrgs.manage');
    const { termRules } = await partyOrgSettings(ctx.db);
    const unitId = await withTx(ctx.db, async (tx) => {
      const row = await loadOrg(tx, actor, id, 'partyOrgs.manage');
      if (input.version !== undefined && input.version !== Number(row.version))
        throw await staleWriteError(tx, 'partyOrg', id, Number(row.version), input.version, ctx.config.timeZone);
      const ordinary = ordinaryEndOf(row, termRules);
      assertNoErrors(termChangeProblems(input.kind, ordinary, input.newTermEnd));
      const now = ctx.clock.now();
      await termRepo.insertChange(tx, {
        org_id: id,
        kind: input.kind,
        ordinary_end: ordinary!,
        new_term_end: input.newTermEnd,
        approved_by: input.approvedBy.trim(),
        reason: input.reason.trim(),
        at: now.toISOString(),
        by: actor.userId || null,
      });
      await partyOrgRepo.update(tx, id, Number(row.version), { term_end: input.newTermEnd }, now.toISOString());
      await audit(
        tx,
        auditActor(actor),
        {
          action: 'partyOrg.termChange',
          entity: 'partyOrg',
          entityId: id,
          before: { termEnd: row.term_end },
          after: { kind: input.kind, termEnd: input.newTermEnd, approvedBy: input.approvedBy, reason: input.reason },
        },
        now,
      );
      return row.host_unit_id;
    });
    publishOrg(ctx, 'partyOrg.updated', id, [unitId]);
  },

  /**
   * 换届: the three renewal tasks (RENEWAL_STEPS) under the year's source “换届工作”, led by the
   * superior organization's host unit (the organization's own when it has no superior), dispatched
   * at once, linked to the organization. Refused while a set is still open.
   */
  async createTasks(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'partyOrgs.manage');
    requirePermission(actor, 'ledger.manage');
    const today = ctx.today();
    const r = await withTx(ctx.db, async (tx) => {
      const row = await loadOrg(tx, actor, id, 'partyOrgs.manage');
      if (!row.term_end) throw new AppError('partyOrgs.term.no_term', 'conflict');
      const open = await renewalRepo.openRenewalTasks(tx, id);
      if (open.length) throw new AppError('partyOrgs.renewal_tasks_exist', 'conflict', { count: open.length });
      const parent = row.parent_id === null ? undefined : (await partyOrgRepo.names(tx, [row.parent_id]))[0];
      const leadUnitId = parent?.host_unit_id ?? row.host_unit_id;
      const sourceId = await ensureSource(ctx, tx, actor, { kind: 'workPlan', title: t(LOCALE, 'partyOrgs.renewal.source', { year: today.slice(0, 4) }) });
      const deadlines = renewalDeadlines(row.term_end, today);
      const taskIds: number[] = [];
      for (const [i, s] of RENEWAL_STEPS.entries()) {
        const taskId = await insertDraft(ctx, tx, actor, {
          title: t(LOCALE, `partyOrgs.renewal.task.${s.key}`, { name: row.name }),
          description: t(LOCALE, 'partyOrgs.renewal.task.description', { name: row.name, termEnd: row.term_end }),
          leadUnitId,
          deadline: deadlines[i],
          category: 'task',
          sourceId,
          tags: ['换届'],
        });
        await partyOrgRepo.linkTask(tx, id, taskId, 'renewal');
        await step(ctx, tx, actor, taskId, 'dispatch', undefined);
        taskIds.push(taskId);
      }
      await audit(
        tx,
        auditActor(actor),
        { action: 'partyOrg.renewalTasks', entity: 'partyOrg', entityId: id, after: { taskIds, sourceId, leadUnitId, deadlines } },
        ctx.clock.now(),
      );
      return { taskIds, sourceId, unitId: row.host_unit_id };
    });
    publishOrg(ctx, 'partyOrg.updated', id, [r.unitId]);
    return { taskIds: r.taskIds, sourceId: r.sourceId };
  },
};

export interface RenewalScanResult {
  /** Reminders that were due. */
  due: number;
  /** Of those, sent by this scan. */
  sent: number;
  /** Notifications written. */
  notified: number;
}

/**
 * 换届提醒: each organization whose term ends within 6 months gets a reminder to its superior
 * organization's host unit's liaison (the nearest holder of the role) 6, 3 and 1 month before the
 * end, once per threshold and term end (party_org_reminders_sent). Safe to repeat.
 */
export async function runRenewalScan(ctx: AppContext): Promise<RenewalScanResult> {
  const today = ctx.today();
  // A month more than the first threshold: month ends clip (06-30 + 6 months is 12-30, yet 12-31's reminder is due 06-30).
  const rows = await renewalRepo.ending(ctx.db, today, addMonths(today, REMINDER_MONTHS[0] + 1));
  const sent = await renewalRepo.sent(
    ctx.db,
    rows.map((r) => r.id),
  );
  const result: RenewalScanResult = { due: 0, sent: 0, notified: 0 };
  for (const r of rows) {
    const end = r.term_end!;
    const due = dueReminder(end, today, sent.get(`${r.id}:${end}`) ?? []);
    if (!due) continue;
    result.due++;
    const now = ctx.clock.now().toISOString();
    const notified = await withTx(ctx.db, async (tx) => {
      if (!(await renewalRepo.markSent(tx, r.id, end, due.threshold, now))) return null;
      for (const other of due.covers.filter((x) => x !== due.threshold)) await renewalRepo.markSent(tx, r.id, end, other, now);
      const to = await holdersOf(tx, 'liaison', r.parent_host_unit_id ?? r.host_unit_id);
      const params = { name: r.name, termEnd: end, months: due.threshold };
      await notify(
        tx,
        {
          kind: 'partyOrgs.renewalReminder',
          recipients: to,
          link: { type: 'partyOrg', id: r.id },
          title: t(LOCALE, 'partyOrgs.notify.renewal.title', params),
          body: t(LOCALE, 'partyOrgs.notify.renewal.body', params),
        },
        now,
      );
      return to.length;
    });
    if (notified === null) continue;
    result.sent++;
    result.notified += notified;
  }
  return result;
}

/** The scan as a daily job (key renewal-scan:YYYY-MM-DD in the calendar zone), on the given runner. */
export function registerRenewalScanJob(ctx: AppContext, runner: JobRunner = new JobRunner(ctx.db, ctx.clock, { log: ctx.log })): JobRunner {
  return runner
    .register(RENEWAL_SCAN_JOB, async () => void (await runRenewalScan(ctx)), { maxAttempts: 5, backoffMs: 5 * 60_000 })
    .recurring(RENEWAL_SCAN_JOB, () => `renewal-scan:${ctx.today()}`);
}
