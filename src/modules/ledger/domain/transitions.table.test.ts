/**
 * Every action × every state × every kind of actor, against a policy written out here by hand
 * (not read from TRANSITION_RULES, so a slip in the rules table shows up as a failure).
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action } from './actions.ts';
import { TASK_STATES, type LedgerTask, type TaskState } from './states.ts';
import { allowedActions, decide } from './transitions.ts';
import { actors, buildTask, validInputFor, type ActorName } from './testing.ts';

const TODAY = '2025-11-24';
const working: TaskState[] = ['acknowledged', 'inProgress', 'reopened'];
const supervisors: ActorName[] = ['supervisor'];
const leadLiaisons: ActorName[] = ['leadLiaison', 'districtLiaisonBelow'];

const POLICY: Record<Action, { from: TaskState[]; who: ActorName[] }> = {
  dispatch: { from: ['draft'], who: supervisors },
  acknowledge: { from: ['dispatched'], who: leadLiaisons },
  report: { from: working, who: [...leadLiaisons, 'supportingLiaison'] },
  requestSignOff: { from: ['inProgress', 'reopened'], who: leadLiaisons },
  signOff: { from: ['signOffRequested'], who: supervisors },
  returnSignOff: { from: ['signOffRequested'], who: supervisors },
  requestExtension: { from: working, who: leadLiaisons },
  approveExtension: { from: working, who: supervisors },
  refuseExtension: { from: working, who: supervisors },
  reopen: { from: ['signedOff'], who: supervisors },
  cancel: { from: ['dispatched', 'acknowledged', 'inProgress', 'signOffRequested', 'reopened'], who: supervisors },
};

/** A task in `state`, otherwise ready for `action` (a pending extension only where one is decided). */
function taskFor(state: TaskState, action: Action): LedgerTask {
  const decidesExtension = action === 'approveExtension' || action === 'refuseExtension';
  return buildTask({
    state,
    deadline: '2025-12-31',
    dispatchedOn: state === 'draft' ? null : '2025-11-01',
    signOffRequest: state === 'signOffRequested' ? { requestedOn: '2025-11-20', from: 'inProgress' } : null,
    extensionRequest: decidesExtension ? { deadline: '2026-03-31', reason: '天气原因', requestedOn: '2025-11-20' } : null,
  });
}

const cases = ACTIONS.flatMap((action) =>
  TASK_STATES.flatMap((state) =>
    (Object.keys(actors) as ActorName[]).map((who) => {
      const policy = POLICY[action];
      const expected = !policy.from.includes(state) ? 'task.invalid_transition' : policy.who.includes(who) ? 'ok' : 'task.forbidden';
      return { action, state, who, expected };
    }),
  ),
);

describe('transition table: who may do what from which state', () => {
  it.each(cases)('$action from $state by $who → $expected', ({ action, state, who, expected }) => {
    const task = taskFor(state, action);
    const decision = decide(task, action, actors[who], validInputFor(action, task, TODAY), TODAY);
    expect(decision.ok ? 'ok' : decision.error.code).toBe(expected);
    expect(allowedActions(task, actors[who], TODAY).includes(action)).toBe(expected === 'ok');
  });

  it('covers every cell', () => {
    expect(cases).toHaveLength(ACTIONS.length * TASK_STATES.length * Object.keys(actors).length);
    expect(cases.filter((c) => c.expected === 'ok').length).toBeGreaterThan(20);
  });

  it('gives a leader nothing to do in any state', () => {
    for (const state of TASK_STATES) {
      const task = taskFor(state, 'approveExtension');
      expect(allowedActions(task, actors.leader, TODAY)).toEqual([]);
    }
  });

  it('lets a unitAndBelow liaison act for units below only when the unit relation is supplied', () => {
    const task = taskFor('dispatched', 'acknowledge');
    const { isWithin: _dropped, ...withoutRelation } = actors.districtLiaisonBelow;
    expect(decide(task, 'acknowledge', withoutRelation, undefined, TODAY)).toMatchObject({
      ok: false,
      error: { code: 'task.forbidden' },
    });
  });
});
