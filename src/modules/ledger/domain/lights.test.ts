import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../platform/calendar/index.ts';
import {
  assessLight,
  DEFAULT_LIGHT_RULES,
  escalationRecipients,
  lagging,
  lightFromThresholds,
  lightThresholds,
  overdue,
  trafficLight,
  type LightRules,
} from './lights.ts';
import type { LedgerTask } from './states.ts';
import { arbTask, buildTask } from './testing.ts';

const task = (overrides: Partial<LedgerTask> = {}) => buildTask({ state: 'inProgress', dispatchedOn: '2025-11-01', deadline: '2025-12-31', ...overrides });

describe('traffic lights', () => {
  it('green on track, yellow from N days before the deadline, red the day after it', () => {
    expect(trafficLight(task(), '2025-12-20')).toBe('green');
    expect(assessLight(task(), '2025-12-21')).toEqual({ light: 'yellow', reasons: ['deadlineNear'] });
    expect(trafficLight(task(), '2025-12-31')).toBe('yellow');
    expect(assessLight(task(), '2026-01-01')).toEqual({ light: 'red', reasons: ['overdue', 'deadlineNear'] });
    const rules: LightRules = { ...DEFAULT_LIGHT_RULES, yellowDaysBefore: 3 };
    expect(trafficLight(task(), '2025-12-27', rules)).toBe('green');
  });

  it('yellow for a missed milestone, until it is done', () => {
    const behind = task({ milestones: [{ due: '2025-11-15', doneOn: null }] });
    expect(assessLight(behind, '2025-11-16')).toEqual({ light: 'yellow', reasons: ['lagging'] });
    expect(lagging(behind, '2025-11-15')).toBe(false);
    expect(lagging(behind, '2025-11-16')).toBe(true);
    const done = task({ milestones: [{ due: '2025-11-15', doneOn: '2025-11-20' }] });
    expect(trafficLight(done, '2025-11-25')).toBe('green');
    expect(trafficLight(behind, '2025-11-16', { ...DEFAULT_LIGHT_RULES, yellowWhenLagging: false })).toBe('green');
  });

  it('yellow for a missing periodic report, with grace days', () => {
    // Dispatched Sat 2025-11-01; Fridays: the first report is due 2025-11-14.
    const weekly = task({ reportingCycle: { kind: 'weekly', weekday: 5 } });
    expect(trafficLight(weekly, '2025-11-14')).toBe('green');
    expect(assessLight(weekly, '2025-11-15')?.reasons).toEqual(['reportMissing']);
    expect(trafficLight({ ...weekly, lastReportOn: '2025-11-13' }, '2025-11-15')).toBe('green');
    expect(trafficLight(weekly, '2025-11-16', { ...DEFAULT_LIGHT_RULES, reportGraceDays: 2 })).toBe('green');
    // A reopen (Thu 2025-11-20) restarts the count: its week is free, the next report is due 11-28.
    const reopened = { ...weekly, state: 'reopened' as const, reopenedOn: '2025-11-20' };
    expect(trafficLight(reopened, '2025-11-28')).toBe('green');
    expect(trafficLight(reopened, '2025-11-29')).toBe('yellow');
  });

  it('has no light for draft, signedOff and cancelled tasks', () => {
    for (const state of ['draft', 'signedOff', 'cancelled'] as const) {
      expect(trafficLight(task({ state }), '2026-06-01')).toBeNull();
      expect(overdue(task({ state }), '2026-06-01')).toBe(false);
    }
  });

  it('stops the clock on a sign-off request: red only if asked after the deadline', () => {
    const onTime = task({ state: 'signOffRequested', signOffRequest: { requestedOn: '2025-12-30', from: 'inProgress' } });
    expect(trafficLight(onTime, '2026-02-01')).toBe('green');
    const late = task({ state: 'signOffRequested', signOffRequest: { requestedOn: '2026-01-05', from: 'inProgress' } });
    expect(trafficLight(late, '2026-01-05')).toBe('red');
    expect(overdue(late, '2026-01-05')).toBe(true);
  });

  it('escalates cumulatively', () => {
    expect(escalationRecipients('green')).toEqual([{ role: 'liaison', of: 'leadUnit' }]);
    expect(escalationRecipients('yellow')).toContainEqual({ role: 'leader', of: 'leadUnit', rank: 'inCharge' });
    const red = escalationRecipients('red');
    expect(red).toHaveLength(4);
    expect(red).toContainEqual({ role: 'leader', of: 'leadUnit', rank: 'principal' });
  });

  const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2025-01-01', n));

  it('property: the two thresholds give the same light as the full rules, on every day', () => {
    fc.assert(
      fc.property(arbTask(), day, (t, today) => {
        const thresholds = lightThresholds(t);
        expect(thresholds === null ? null : lightFromThresholds(thresholds, today)).toBe(trafficLight(t, today));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: without a write the light only gets worse; red exactly when overdue', () => {
    const rank = { green: 0, yellow: 1, red: 2 } as const;
    fc.assert(
      fc.property(arbTask(), day, fc.integer({ min: 0, max: 400 }), (t, today, later) => {
        const now = trafficLight(t, today);
        const then = trafficLight(t, addDays(today, later));
        if (now === null) {
          expect(then).toBeNull();
        } else {
          expect(rank[then!]).toBeGreaterThanOrEqual(rank[now]);
          expect(now === 'red').toBe(overdue(t, today));
          if (lagging(t, today)) expect(now).not.toBe('green');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
