import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../platform/calendar/index.ts';
import { trafficLight } from './lights.ts';
import { rollupDelta, rollupKeyId, rollupKeys, tallyRollup, type RollupKey } from './rollup-key.ts';
import { statusOf, type LedgerTask } from './states.ts';
import { applyChanges, decide } from './transitions.ts';
import { actors, arbTask, buildTask } from './testing.ts';

const inProgress = buildTask({ state: 'inProgress', dispatchedOn: '2025-11-01', deadline: '2025-12-31' });

/** Counter rows as the repo would hold them after applying deltas. */
function applyDeltas(counters: Map<string, { key: RollupKey; count: number }>, changes: ReturnType<typeof rollupDelta>) {
  for (const { key, delta } of changes) {
    const row = counters.get(rollupKeyId(key)) ?? { key, count: 0 };
    row.count += delta;
    if (row.count === 0) counters.delete(rollupKeyId(key));
    else counters.set(rollupKeyId(key), row);
  }
}

describe('roll-up keys', () => {
  it('key a task by its units, status and light thresholds, never by today', () => {
    expect(rollupKeys(inProgress)).toEqual([
      { unitId: 's1', as: 'lead', status: 'inProgress', yellowFrom: '2025-12-21', redFrom: '2026-01-01' },
      { unitId: 's2', as: 'supporting', status: 'inProgress', yellowFrom: '2025-12-21', redFrom: '2026-01-01' },
    ]);
    expect(rollupKeys(buildTask({ leadUnitId: null, supportingUnitIds: [] }))).toEqual([]);
    expect(rollupKeys(buildTask({ state: 'signedOff' }))[0]).toMatchObject({ status: 'signedOff', yellowFrom: null, redFrom: null });
  });

  it('give a delta that moves one count from the old key to the new', () => {
    const d = decide(inProgress, 'requestSignOff', actors.leadLiaison, undefined, '2025-11-24');
    if (!d.ok) throw new Error(d.error.code);
    const changes = rollupDelta(inProgress, applyChanges(inProgress, d.next));
    expect(changes).toHaveLength(4);
    expect(changes.filter((c) => c.delta === -1).map((c) => c.key.status)).toEqual(['inProgress', 'inProgress']);
    expect(changes.filter((c) => c.delta === 1).map((c) => c.key.status)).toEqual(['signOffRequested', 'signOffRequested']);
    expect(rollupDelta(inProgress, { ...inProgress, lastReportOn: '2025-11-20' })).toEqual([]);
    expect(rollupDelta(null, inProgress).every((c) => c.delta === 1)).toBe(true);
  });

  it('property: counters kept by deltas tally exactly like counting the tasks, on any later day', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(fc.array(fc.tuple(arbTask(), fc.option(arbTask())), { maxLength: 15 }), day, (histories, today) => {
        const counters = new Map<string, { key: RollupKey; count: number }>();
        const finals: LedgerTask[] = [];
        for (const [first, second] of histories) {
          applyDeltas(counters, rollupDelta(null, first));
          if (second) applyDeltas(counters, rollupDelta(first, second));
          finals.push(second ?? first);
        }
        const tally = tallyRollup(
          [...counters.values()].filter((r) => r.key.as === 'lead' && r.key.unitId === 's1'),
          today,
        );
        const lead = finals.filter((t) => t.leadUnitId === 's1');
        expect(tally.total).toBe(lead.length);
        for (const light of ['green', 'yellow', 'red'] as const) {
          expect(tally.lights[light]).toBe(lead.filter((t) => trafficLight(t, today) === light).length);
        }
        for (const [status, n] of Object.entries(tally.byStatus)) {
          expect(n).toBe(lead.filter((t) => statusOf(t) === status).length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
