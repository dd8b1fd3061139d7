/** 挂图作战: tasks against time, grouped by unit or by source, as a chart draws them. */
export interface BattleTask {
  id: number;
  number: string;
  title: string;
  status: string;
  light: 'red' | 'yellow' | 'green' | null;
  /** The bar runs from dispatch (or the period's start when not yet known) to the deadline. */
  start: string | null;
  deadline: string | null;
  signedOffOn: string | null;
  milestones: { title?: string; due: string; doneOn: string | null; late: boolean }[];
  groupId: number | null;
}

export interface BattleGroup {
  id: number | null;
  name: string;
  tasks: Omit<BattleTask, 'groupId'>[];
}

/** A milestone is late when undone past its date, or done after it. */
export function milestoneLate(m: { due: string; doneOn: string | null }, today: string): boolean {
  return m.doneOn === null ? m.due < today : m.doneOn > m.due;
}

/** Groups in the given order (then any unnamed group last), tasks by deadline then id. */
export function groupTasks(tasks: BattleTask[], names: Map<number, string>, order: number[], otherName: string): BattleGroup[] {
  const byGroup = new Map<number | null, BattleTask[]>();
  for (const t of tasks) byGroup.set(t.groupId, [...(byGroup.get(t.groupId) ?? []), t]);
  const keys: (number | null)[] = [...order.filter((id) => byGroup.has(id)), ...[...byGroup.keys()].filter((k) => k === null || !order.includes(k))];
  return [...new Set(keys)].map((id) => ({
    id,
    name: id === null ? otherName : (names.get(id) ?? String(id)),
    tasks: (byGroup.get(id) ?? []).sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.id - b.id).map(({ groupId: _, ...t }) => t),
  }));
}
