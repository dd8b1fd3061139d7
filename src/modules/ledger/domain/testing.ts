/**
 * Factories for tests of the ledger (domain here, service and routes later). Not exported from
 * index.ts: production code has no use for them.
 *
 * The unit tree used throughout:  city → d1 → s1 (lead), s2 (supporting);  city → d2.
 */
import fc from 'fast-check';
import type { ActionInputs, Action } from './actions.ts';
import { isWithinFromAncestry, type Actor } from './actor.ts';
import { addDays, maxDate, type IsoDate } from '../../../platform/calendar/index.ts';
import { TASK_STATES, type LedgerTask } from './states.ts';

export const UNIT_ANCESTRY: Record<string, readonly string[]> = {
  city: [],
  d1: ['city'],
  d2: ['city'],
  s1: ['city', 'd1'],
  s2: ['city', 'd1'],
};
export const isWithin = isWithinFromAncestry(UNIT_ANCESTRY);

export function buildTask(overrides: Partial<LedgerTask> = {}): LedgerTask {
  return {
    state: 'draft',
    leadUnitId: 's1',
    supportingUnitIds: ['s2'],
    deadline: '2025-12-31',
    deadlineHistory: [],
    milestones: [],
    reportingCycle: { kind: 'none' },
    dispatchedOn: null,
    acknowledgedOn: null,
    lastReportOn: null,
    reopenedOn: null,
    signedOffOn: null,
    cancelledOn: null,
    signOffRequest: null,
    signOffReturn: null,
    extensionRequest: null,
    ...overrides,
  };
}

const actor = (userId: string, grants: Actor['grants']): Actor => ({ userId, grants, isWithin });

/** Named actors; `expectedParty` in tests says what each should be able to do on a task of s1. */
export const actors = {
  supervisor: actor('sup', [{ role: 'supervisor', unitId: 'city', scope: 'unitAndBelow' }]),
  otherDistrictSupervisor: actor('sup2', [{ role: 'supervisor', unitId: 'd2', scope: 'unitAndBelow' }]),
  leadLiaison: actor('lia1', [{ role: 'liaison', unitId: 's1' }]),
  districtLiaisonBelow: actor('liaD', [{ role: 'liaison', unitId: 'd1', scope: 'unitAndBelow' }]),
  districtLiaisonOnly: actor('liaD2', [{ role: 'liaison', unitId: 'd1', scope: 'unit' }]),
  supportingLiaison: actor('lia2', [{ role: 'liaison', unitId: 's2' }]),
  leader: actor('lead', [
    { role: 'leader', unitId: 's1' },
    { role: 'leader', unitId: 'city', scope: 'unitAndBelow' },
  ]),
  sysAdmin: actor('root', [{ role: 'sysAdmin', unitId: 'city', scope: 'unitAndBelow' }]),
} satisfies Record<string, Actor>;
export type ActorName = keyof typeof actors;

/** An input `decide` must accept for `action` whenever the action is allowed. */
export function validInputFor<A extends Action>(action: A, task: LedgerTask, today: IsoDate): ActionInputs[A] {
  const later = addDays(maxDate(task.deadline ?? today, today), 30);
  const inputs: { [K in Action]: ActionInputs[K] } = {
    dispatch: undefined,
    acknowledge: undefined,
    report: undefined,
    requestSignOff: undefined,
    signOff: undefined,
    returnSignOff: { reason: '佐证材料不全' },
    requestExtension: { deadline: later, reason: '需配合上级部署' },
    approveExtension: { deadline: later },
    refuseExtension: { reason: '理由不充分' },
    reopen: { reason: '回头看发现问题反弹', deadline: later },
    cancel: { reason: '任务已合并' },
  };
  return inputs[action];
}

/** Arbitrary task snapshots in any state, for properties of derived figures (lights, roll-ups). */
export function arbTask(): fc.Arbitrary<LedgerTask> {
  const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays('2025-01-01', n));
  const cycle = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.integer({ min: 1, max: 7 }).map((weekday) => ({ kind: 'weekly' as const, weekday })),
    fc.integer({ min: 1, max: 31 }).map((d) => ({ kind: 'monthly' as const, day: d })),
  );
  return fc
    .record({
      state: fc.constantFrom(...TASK_STATES),
      deadline: fc.option(day, { freq: 8 }),
      milestones: fc.array(fc.record({ due: day, doneOn: fc.option(day) }), { maxLength: 3 }),
      reportingCycle: cycle,
      dispatchedOn: day,
      lastReportOn: fc.option(day),
      reopenedOn: fc.option(day),
      requestedOn: day,
      supportingUnitIds: fc.subarray(['s2', 'd2']),
      returned: fc.boolean(),
      extension: fc.boolean(),
    })
    .map((r) =>
      buildTask({
        state: r.state,
        deadline: r.deadline,
        milestones: r.milestones,
        reportingCycle: r.reportingCycle,
        supportingUnitIds: r.supportingUnitIds,
        dispatchedOn: r.state === 'draft' ? null : r.dispatchedOn,
        lastReportOn: r.lastReportOn,
        reopenedOn: r.reopenedOn,
        signOffRequest: r.state === 'signOffRequested' ? { requestedOn: r.requestedOn, from: 'inProgress' } : null,
        signOffReturn: r.returned ? { returnedOn: r.requestedOn, reason: 'r' } : null,
        extensionRequest: r.extension ? { deadline: '2027-01-01', reason: 'r', requestedOn: r.requestedOn } : null,
      }),
    );
}
