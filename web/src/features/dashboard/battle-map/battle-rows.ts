import type { BattleGroup, BattleTask } from '../api';

/** One line of the chart: a group's heading, or a task under it. */
export type BattleRow = { kind: 'group'; name: string; count: number; groupId: number | null } | { kind: 'task'; task: BattleTask; groupName: string };

/** Groups and their tasks as chart rows, top to bottom. */
export function battleRows(groups: BattleGroup[]): BattleRow[] {
  const rows: BattleRow[] = [];
  for (const g of groups) {
    rows.push({ kind: 'group', name: g.name, count: g.tasks.length, groupId: g.id });
    for (const task of g.tasks) rows.push({ kind: 'task', task, groupName: g.name });
  }
  return rows;
}

/**
 * Where a task's bar runs: from dispatch (or the period's start when not known, or when it
 * began before the period) to its deadline (or to today / the period's end when it has none).
 */
export function barSpan(task: BattleTask, period: { from: string; to: string }, today: string): { start: string; end: string } {
  const start = task.start && task.start > period.from ? task.start : period.from;
  const endRaw = task.deadline ?? (today < period.to ? today : period.to);
  const end = endRaw < start ? start : endRaw;
  return { start, end };
}

/** The chart's time axis: the period, widened to show every bar, milestone and today. */
export function axisRange(groups: BattleGroup[], period: { from: string; to: string }, today: string): { min: string; max: string } {
  let min = period.from;
  let max = period.to;
  for (const g of groups)
    for (const t of g.tasks) {
      for (const d of [t.deadline, ...t.milestones.map((m) => m.due)]) if (d && d > max) max = d;
      for (const d of t.milestones.map((m) => m.due)) if (d < min) min = d;
    }
  if (today > max) max = today;
  if (today < min) min = today;
  return { min, max };
}
