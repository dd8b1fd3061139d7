import type { Light } from '../model';

export interface LightFacts {
  light: Light | null;
  status: string;
  deadline: string | null;
  milestones?: { title?: string; due: string; doneOn: string | null }[];
  signOffRequestedOn?: string | null;
}

export type LightReason =
  | { key: 'overdue'; deadline: string }
  | { key: 'signOffLate'; deadline: string }
  | { key: 'deadlineNear'; deadline: string; days: number }
  | { key: 'lagging'; milestone: string; due: string }
  | { key: 'reportMissing' }
  | { key: 'onTrack' };

const YELLOW_DAYS = 10;

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/**
 * Why a task shows its colour, for the tooltip. The server decides the colour; this only names the
 * likeliest of its reasons from the facts on the page (the API does not send the reason yet).
 */
export function lightReason(f: LightFacts, today: string): LightReason | null {
  if (!f.light) return null;
  if (f.light === 'green') return { key: 'onTrack' };
  if (f.status === 'signOffRequested' && f.deadline) return { key: 'signOffLate', deadline: f.deadline };
  if (f.deadline && today > f.deadline) return { key: 'overdue', deadline: f.deadline };
  const late = (f.milestones ?? []).find((m) => !m.doneOn && m.due < today);
  if (late) return { key: 'lagging', milestone: late.title || late.due, due: late.due };
  if (f.deadline && daysBetween(today, f.deadline) <= YELLOW_DAYS) return { key: 'deadlineNear', deadline: f.deadline, days: YELLOW_DAYS };
  return { key: 'reportMissing' };
}

export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
