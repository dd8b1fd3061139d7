import { addDays, maxDate, type IsoDate } from '../../../platform/calendar/index.ts';
import { nextReportDue } from './reporting-cycle.ts';
import type { LedgerTask, TaskState } from './states.ts';

/**
 * Traffic lights (红黄绿灯), derived from the task and today, never stored.
 *
 * Decisions:
 * - Tasks that owe no work have no light (`null`): draft, signedOff, cancelled. A light measures
 *   the risk to a deadline; a 'done' colour would make every legend and count handle a fourth
 *   value that the state already says. Dashboards count signedOff tasks by state.
 * - signOffRequested: the unit's clock stops on the day it asked. It is red only if it asked
 *   after the deadline; the supervisor's review time never turns a unit's task red.
 * - Every reason for a colour starts on a date that depends only on the task (deadline,
 *   milestones, last report, cycle), so with no write the light can only get worse with time,
 *   and its whole future is two dates: `lightThresholds` (what rollup-key.ts counts by).
 */
export type TrafficLight = 'green' | 'yellow' | 'red';
export const LIGHT_REASONS = ['overdue', 'deadlineNear', 'lagging', 'reportMissing'] as const;
export type LightReason = (typeof LIGHT_REASONS)[number];

/** Who hears about a task of this colour, described by role, resolved to users by the service. */
export interface RecipientDescriptor {
  role: 'liaison' | 'leader' | 'supervisor';
  /** Whose: the lead unit's, or each supporting unit's. Supervisors: those covering the lead unit. */
  of: 'leadUnit' | 'supportingUnits';
  /** For leaders: 分管领导 (inCharge) or 主要领导 (principal). */
  rank?: 'inCharge' | 'principal';
}

export interface LightRules {
  /** Yellow from this many days before the deadline (10: yellow on Dec 21 for Dec 31). */
  yellowDaysBefore: number;
  /** Yellow while an undone milestone is past its date. */
  yellowWhenLagging: boolean;
  /** Yellow once a progressReport due under the reporting cycle is missing. */
  yellowWhenReportMissing: boolean;
  /** Days a report may be late before it counts as missing. */
  reportGraceDays: number;
  /** Recipients added at each colour; a colour's recipients include those of milder colours. */
  escalation: Record<TrafficLight, readonly RecipientDescriptor[]>;
}

export const DEFAULT_LIGHT_RULES: LightRules = {
  yellowDaysBefore: 10,
  yellowWhenLagging: true,
  yellowWhenReportMissing: true,
  reportGraceDays: 0,
  escalation: {
    green: [{ role: 'liaison', of: 'leadUnit' }],
    yellow: [{ role: 'leader', of: 'leadUnit', rank: 'inCharge' }],
    red: [
      { role: 'leader', of: 'leadUnit', rank: 'principal' },
      { role: 'supervisor', of: 'leadUnit' },
    ],
  },
};

const WORKING: readonly TaskState[] = ['dispatched', 'acknowledged', 'inProgress', 'reopened'];

/** The first day each reason holds if nothing is written to the task; null: never. */
export type LightSchedule = Record<LightReason, IsoDate | null>;

export function lightSchedule(task: LedgerTask, rules: LightRules = DEFAULT_LIGHT_RULES): LightSchedule | null {
  const none: LightSchedule = { overdue: null, deadlineNear: null, lagging: null, reportMissing: null };
  if (task.state === 'signOffRequested') {
    const late = task.deadline !== null && task.signOffRequest !== null && task.signOffRequest.requestedOn > task.deadline;
    return { ...none, overdue: late ? addDays(task.deadline!, 1) : null };
  }
  if (!WORKING.includes(task.state)) return null;
  const schedule = { ...none };
  if (task.deadline !== null) {
    schedule.overdue = addDays(task.deadline, 1);
    schedule.deadlineNear = addDays(task.deadline, -rules.yellowDaysBefore);
  }
  const milestone = firstOpenMilestoneDue(task);
  if (rules.yellowWhenLagging && milestone !== null) schedule.lagging = addDays(milestone, 1);
  const since = reportingSince(task);
  const due = since === null ? null : nextReportDue(task.reportingCycle, task.lastReportOn, since);
  if (rules.yellowWhenReportMissing && due !== null) schedule.reportMissing = addDays(due, rules.reportGraceDays + 1);
  return schedule;
}

function firstOpenMilestoneDue(task: LedgerTask): IsoDate | null {
  let first: IsoDate | null = null;
  for (const m of task.milestones) if (m.doneOn === null && (first === null || m.due < first)) first = m.due;
  return first;
}

/** Reporting counts from dispatch, and afresh from a reopen. */
function reportingSince(task: LedgerTask): IsoDate | null {
  if (task.dispatchedOn === null) return null;
  return task.reopenedOn === null ? task.dispatchedOn : maxDate(task.dispatchedOn, task.reopenedOn);
}

/** The two dates that fix a task's light until its next write (null: never); null for no light. */
export function lightThresholds(task: LedgerTask, rules: LightRules = DEFAULT_LIGHT_RULES): { yellowFrom: IsoDate | null; redFrom: IsoDate | null } | null {
  const schedule = lightSchedule(task, rules);
  if (schedule === null) return null;
  const dates = Object.values(schedule).filter((d): d is IsoDate => d !== null);
  return { yellowFrom: dates.length === 0 ? null : dates.reduce((a, b) => (a <= b ? a : b)), redFrom: schedule.overdue };
}

/** The light from thresholds alone: the same rule the roll-up query applies in SQL. */
export function lightFromThresholds(thresholds: { yellowFrom: IsoDate | null; redFrom: IsoDate | null }, today: IsoDate): TrafficLight {
  if (thresholds.redFrom !== null && thresholds.redFrom <= today) return 'red';
  if (thresholds.yellowFrom !== null && thresholds.yellowFrom <= today) return 'yellow';
  return 'green';
}

export function assessLight(task: LedgerTask, today: IsoDate, rules: LightRules = DEFAULT_LIGHT_RULES): { light: TrafficLight; reasons: LightReason[] } | null {
  const schedule = lightSchedule(task, rules);
  if (schedule === null) return null;
  const reasons = (Object.keys(schedule) as LightReason[]).filter((r) => schedule[r] !== null && schedule[r]! <= today);
  const light: TrafficLight = reasons.includes('overdue') ? 'red' : reasons.length > 0 ? 'yellow' : 'green';
  return { light, reasons };
}

export function trafficLight(task: LedgerTask, today: IsoDate, rules: LightRules = DEFAULT_LIGHT_RULES): TrafficLight | null {
  return assessLight(task, today, rules)?.light ?? null;
}

/** 逾期: past its deadline and still owing work (or asked for sign-off only after the deadline). */
export function overdue(task: LedgerTask, today: IsoDate): boolean {
  const date = lightSchedule(task)?.overdue ?? null;
  return date !== null && date <= today;
}

/** 滞后: still working, with an undone milestone whose date has passed. */
export function lagging(task: LedgerTask, today: IsoDate): boolean {
  if (!WORKING.includes(task.state)) return false;
  const due = firstOpenMilestoneDue(task);
  return due !== null && due < today;
}

/** Everyone to tell about a task of this colour: the colour's own recipients and the milder ones'. */
export function escalationRecipients(light: TrafficLight, rules: LightRules = DEFAULT_LIGHT_RULES): RecipientDescriptor[] {
  const levels: TrafficLight[] = ['green', 'yellow', 'red'];
  const all = levels.slice(0, levels.indexOf(light) + 1).flatMap((l) => rules.escalation[l]);
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = `${r.role}|${r.of}|${r.rank ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
