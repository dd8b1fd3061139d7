/**
 * The problem's own light, on its rectification deadline (整改时限). The measures keep the ledger's
 * lights; this one answers "is the problem as a whole late". Units commonly warn at 20 and at 10
 * days before the deadline, so the thresholds are a configurable list (default [20, 10]): yellow
 * from the largest, and `warnAt` names the nearest threshold passed.
 */
import { daysBetween } from '../../../platform/calendar/index.ts';
import type { ProblemStatus } from './status.ts';

export type Light = 'red' | 'yellow' | 'green';
export const DEFAULT_WARN_DAYS = [20, 10];

export interface ProblemLight {
  light: Light | null;
  /** Days until the deadline (negative when past); null once rectified. */
  daysLeft: number | null;
  /** The smallest warning threshold reached (10 inside 10 days, 20 inside 20), or null. */
  warnAt: number | null;
}

export function problemLight(status: ProblemStatus, deadline: string, today: string, warnDays: number[] = DEFAULT_WARN_DAYS): ProblemLight {
  if (status === 'rectified') return { light: null, daysLeft: null, warnAt: null };
  const left = daysBetween(today, deadline);
  if (left < 0) return { light: 'red', daysLeft: left, warnAt: null };
  const reached = warnDays.filter((d) => left <= d);
  if (!reached.length) return { light: 'green', daysLeft: left, warnAt: null };
  return { light: 'yellow', daysLeft: left, warnAt: Math.min(...reached) };
}

/** The date from which a problem is yellow: the largest threshold before the deadline. */
export const yellowSpan = (warnDays: number[]) => (warnDays.length ? Math.max(...warnDays) : 0);

/** Thresholds as settings may hold them: whole days, 0 to 365, largest first, no repeats. */
export function normalizeWarnDays(days: number[]): number[] {
  return [...new Set(days.filter((d) => Number.isInteger(d) && d >= 0 && d <= 365))].sort((a, b) => b - a);
}
