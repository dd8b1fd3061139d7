import { diffDays } from '../../../platform/calendar/index.ts';

/**
 * Which automatic reminders are due today (临近提醒 at yellow, 到期催办 at red).
 *
 * Decisions:
 * - A task's colour and the day it turned come from the ledger's stored light thresholds
 *   (yellow_from, red_from), the same ones the ledger's lists and counts use, so a reminder never
 *   disagrees with the light a user sees.
 * - One reminder per (task, colour, day of turning). An extension moves the thresholds, so a task
 *   that turns yellow again after an extension is reminded again; a day missed by the scheduler
 *   (server down) is caught up on the next scan, once.
 * - Only the current colour is sent: a task found red is not also sent its yellow reminder.
 * - A task waiting for sign-off (signOffRequested) is not pressed: the unit's clock has stopped,
 *   and the next move is the supervisor's.
 */
export type ReminderLight = 'yellow' | 'red';

export interface ColouredTask {
  id: number;
  state: string;
  deadline: string | null;
  yellowFrom: string;
  redFrom: string;
}

export interface DueReminder {
  taskId: number;
  light: ReminderLight;
  /** The day the task turned this colour. */
  since: string;
  /** deadlineNear: days left; overdue: days past the deadline; behind (lagging, report missing): 0. */
  reason: 'deadlineNear' | 'behind' | 'overdue';
  days: number;
}

export const reminderKey = (taskId: number, light: ReminderLight, since: string) => `${taskId}|${light}|${since}`;

export function colourOf(task: Pick<ColouredTask, 'yellowFrom' | 'redFrom'>, today: string): { light: ReminderLight; since: string } | null {
  if (task.redFrom <= today) return { light: 'red', since: task.redFrom };
  if (task.yellowFrom <= today) return { light: 'yellow', since: task.yellowFrom };
  return null;
}

export function dueReminders(tasks: readonly ColouredTask[], today: string, yellowDaysBefore: number, sent: ReadonlySet<string>): DueReminder[] {
  const out: DueReminder[] = [];
  for (const task of tasks) {
    if (task.state === 'signOffRequested') continue;
    const colour = colourOf(task, today);
    if (colour === null || sent.has(reminderKey(task.id, colour.light, colour.since))) continue;
    const base = { taskId: task.id, ...colour };
    if (colour.light === 'red') {
      out.push({ ...base, reason: 'overdue', days: task.deadline === null ? 0 : Math.max(0, diffDays(today, task.deadline)) });
      continue;
    }
    const left = task.deadline === null ? null : diffDays(task.deadline, today);
    out.push(left !== null && left >= 0 && left <= yellowDaysBefore ? { ...base, reason: 'deadlineNear', days: left } : { ...base, reason: 'behind', days: 0 });
  }
  return out;
}
