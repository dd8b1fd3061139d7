import type { IsoDate } from '../../../platform/calendar/index.ts';
import { DEFAULT_LIGHT_RULES, lightFromThresholds, lightThresholds, type LightRules, type TrafficLight } from './lights.ts';
import { statusOf, type LedgerTask, type TaskStatus } from './states.ts';

/**
 * Per-unit roll-up counters, kept in the same transaction as every task write, so list totals
 * and dashboards read a few counter rows instead of scanning tasks.
 *
 * The problem: a light changes with time. A task turns yellow ten days before its deadline, and
 * red the day after it, with no write; counting by colour would drift unless a nightly job
 * recounted (and would still be wrong between midnight and the job, or if it failed).
 *
 * The choice: count by what only a write can change. Between two writes a task's light is fixed
 * by two dates (lights.ts `lightThresholds`): `yellowFrom` (the first day any yellow reason holds:
 * deadline − N, first missed milestone, first missing report) and `redFrom` (deadline + 1). The
 * key is (unit, part, status, yellowFrom, redFrom), and the colours are derived when read:
 *   red    = SUM(count) WHERE red_from <= :today
 *   yellow = SUM(count) WHERE yellow_from <= :today AND (red_from IS NULL OR red_from > :today)
 *   green  = open tasks − red − yellow
 * `tallyRollup` below is the reference for that query and is tested against `trafficLight`.
 * Figures stay exact on every day with no nightly job.
 *
 * What does need a recount (not nightly; on the event):
 * - Changing the light rules (yellowDaysBefore, grace days, the toggles) moves every threshold:
 *   rebuild the counters from the tasks once, when the configured rules differ from those the
 *   counters were built with (store a hash of the rules beside them).
 * - Changing a source's reporting cycle moves its tasks' thresholds: the service recomputes those
 *   tasks' keys in the same transaction, as it would for any task write.
 * Moving a unit in the tree needs nothing: keys name the task's own units, and a unit's figure
 * with its subtree is summed at query time through the units closure table.
 *
 * Cardinality: tasks of one unit and status mostly share few deadlines (年底前 → 12-31), so rows
 * per (unit, status) stay near the number of distinct deadlines, far below the number of tasks.
 */
export interface RollupKey {
  unitId: string;
  /** The unit's part in the task: its 牵头 tasks and its 配合 tasks are counted apart. */
  as: 'lead' | 'supporting';
  status: TaskStatus;
  yellowFrom: IsoDate | null;
  redFrom: IsoDate | null;
}

export interface RollupChange {
  key: RollupKey;
  delta: number;
}

const LIGHTLESS: readonly TaskStatus[] = ['draft', 'signedOff', 'cancelled'];

export function rollupKeys(task: LedgerTask, rules: LightRules = DEFAULT_LIGHT_RULES): RollupKey[] {
  const status = statusOf(task);
  const thresholds = lightThresholds(task, rules) ?? { yellowFrom: null, redFrom: null };
  const keys: RollupKey[] = [];
  if (task.leadUnitId !== null) keys.push({ unitId: task.leadUnitId, as: 'lead', status, ...thresholds });
  for (const unitId of new Set(task.supportingUnitIds)) {
    if (unitId !== task.leadUnitId) keys.push({ unitId, as: 'supporting', status, ...thresholds });
  }
  return keys;
}

/** A stable text form of a key, for maps and a unique index. */
export function rollupKeyId(key: RollupKey): string {
  return [key.unitId, key.as, key.status, key.yellowFrom ?? '-', key.redFrom ?? '-'].join('|');
}

/**
 * The counter changes for one task write: −1 on each old key, +1 on each new one, with keys that
 * did not change left out. `before` is null on create, `after` null on delete.
 */
export function rollupDelta(before: LedgerTask | null, after: LedgerTask | null, rules: LightRules = DEFAULT_LIGHT_RULES): RollupChange[] {
  const changes = new Map<string, RollupChange>();
  const add = (key: RollupKey, delta: number) => {
    const id = rollupKeyId(key);
    const change = changes.get(id) ?? { key, delta: 0 };
    change.delta += delta;
    changes.set(id, change);
  };
  if (before) for (const key of rollupKeys(before, rules)) add(key, -1);
  if (after) for (const key of rollupKeys(after, rules)) add(key, +1);
  return [...changes.values()].filter((c) => c.delta !== 0);
}

export interface RollupTally {
  total: number;
  byStatus: Partial<Record<TaskStatus, number>>;
  lights: Record<TrafficLight, number>;
}

/** Sums counter rows as the query does: statuses as stored, colours as of `today`. */
export function tallyRollup(rows: Iterable<{ key: RollupKey; count: number }>, today: IsoDate): RollupTally {
  const tally: RollupTally = { total: 0, byStatus: {}, lights: { green: 0, yellow: 0, red: 0 } };
  for (const { key, count } of rows) {
    tally.total += count;
    tally.byStatus[key.status] = (tally.byStatus[key.status] ?? 0) + count;
    if (!LIGHTLESS.includes(key.status)) tally.lights[lightFromThresholds(key, today)] += count;
  }
  return tally;
}
