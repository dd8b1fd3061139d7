import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { systemActor } from '../../../platform/access/index.ts';
import { t } from '../../../platform/i18n/index.ts';
import { JobRunner } from '../../../platform/jobs/index.ts';
import { escalationRecipients, lightRules, taskService } from '../../ledger/index.ts';
import { notify } from '../../notifications/index.ts';
import { dueReminders, type DueReminder } from '../domain/index.ts';
import { reminderRepo } from '../repo/reminders.ts';
import { resolveRecipients } from './recipients.ts';
import { partiesOfView, publishTaskEvent } from './shared.ts';

export const SCAN_JOB = 'supervision.scan';

export interface ScanResult {
  /** Reminders that were due. */
  due: number;
  /** Of those, sent by this scan (another scan may have sent some first). */
  sent: number;
  /** Notifications written. */
  notified: number;
}

// Notifications are stored as text, in the server's default locale.
const LOCALE = 'zh-CN';

function texts(d: DueReminder, title: string, deadline: string | null) {
  const params = { title, deadline: deadline ?? '', days: d.days };
  return {
    title: t(LOCALE, `supervision.notify.${d.light}.title`, params),
    body: t(LOCALE, `supervision.notify.${d.light}.${d.reason}`, params),
  };
}

/**
 * 临近提醒 and 到期催办: each yellow or red task's recipients, widened by colour as the light rules'
 * escalation says, are told once per (task, colour, day of turning).
 */
export async function runScan(ctx: AppContext): Promise<ScanResult> {
  const today = ctx.today();
  const rules = await lightRules(ctx.db);
  const tasks = await reminderRepo.coloured(ctx.db, today);
  const due = dueReminders(
    tasks,
    today,
    rules.yellowDaysBefore,
    await reminderRepo.sentKeys(
      ctx.db,
      tasks.map((x) => x.id),
    ),
  );
  const sys = systemActor('scheduler');
  const result: ScanResult = { due: due.length, sent: 0, notified: 0 };
  for (const d of due) {
    const task = await taskService.get(ctx, sys, d.taskId);
    const parties = partiesOfView(task);
    const now = ctx.clock.now().toISOString();
    const notified = await withTx(ctx.db, async (tx) => {
      const to = await resolveRecipients(tx, escalationRecipients(d.light, rules), parties);
      if (!(await reminderRepo.markSent(tx, { ...d, recipients: to.length }, now))) return null;
      await notify(
        tx,
        { kind: `supervision.reminder.${d.light}`, recipients: to, link: { type: 'task', id: d.taskId }, ...texts(d, task.title, task.deadline) },
        now,
      );
      return to.length;
    });
    if (notified === null) continue;
    result.sent++;
    result.notified += notified;
    publishTaskEvent(ctx, 'task.reminded', { id: d.taskId, ...parties }, { light: d.light });
  }
  return result;
}

/** The scan as a daily job (key scan:YYYY-MM-DD in the calendar zone), on the given runner. */
export function registerScanJob(ctx: AppContext, runner: JobRunner = new JobRunner(ctx.db, ctx.clock, { log: ctx.log })): JobRunner {
  return runner
    .register(SCAN_JOB, async () => void (await runScan(ctx)), { maxAttempts: 5, backoffMs: 5 * 60_000 })
    .recurring(SCAN_JOB, () => `scan:${ctx.today()}`);
}
