import type { Light } from '../model';

export interface LightFacts {
  light: Light | null;
  status: string;
  deadline: string | null;
  milestones?: { title?: string; due: string; doneOn: string | null }[];
  signOffRequestedOn?: string | null;
  /** The server's reasons by its configured rules: all of them on a task's detail, on list rows those its thresholds prove. */
  lightReasons: readonly string[];
}

export type LightReason =
  | { key: 'overdue'; deadline: string }
  | { key: 'signOffLate'; deadline: string }
  | { key: 'deadlineNear'; deadline: string }
  | { key: 'lagging'; milestone: string; due: string }
  | { key: 'reportMissing' }
  | { key: 'attention' }
  | { key: 'onTrack' };

/**
 * Why a task shows its colour, for the tooltip. The server decides colour and reasons by its
 * configurable light rules (`lightReasons`); the web never re-computes a threshold or a date.
 * A milestone past due names which one lags; a colour without a named reason is "needs attention".
 */
export function lightReason(f: LightFacts, today: string): LightReason | null {
  if (!f.light) return null;
  if (f.light === 'green') return { key: 'onTrack' };
  if (f.status === 'signOffRequested' && f.deadline) return { key: 'signOffLate', deadline: f.deadline };
  const server = f.lightReasons;
  if (f.deadline && server.includes('overdue')) return { key: 'overdue', deadline: f.deadline };
  const late = server.includes('lagging') ? (f.milestones ?? []).find((m) => !m.doneOn && m.due < today) : undefined;
  if (late) return { key: 'lagging', milestone: late.title || late.due, due: late.due };
  if (server.includes('deadlineNear') && f.deadline) return { key: 'deadlineNear', deadline: f.deadline };
  if (server.includes('reportMissing')) return { key: 'reportMissing' };
  return { key: 'attention' };
}

export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
