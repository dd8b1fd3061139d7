/**
 * Random sequences of actions by random actors, with valid and invalid inputs, on days that move
 * forward. After every step the task must still be a task the ledger can hold.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIONS, type Action, type ActionInput } from './actions.ts';
import { addDays, isIsoDate } from '../../../platform/calendar/index.ts';
import { TASK_STATES, type LedgerTask } from './states.ts';
import { allowedActions, applyChanges, decide } from './transitions.ts';
import { actors, buildTask, validInputFor, type ActorName } from './testing.ts';

const START = '2025-11-01';
const actorNames = Object.keys(actors) as ActorName[];

type InputKind = 'valid' | 'none' | 'blank' | 'earlier' | 'garbage';
interface Step {
  action: Action;
  who: ActorName;
  input: InputKind;
  daysLater: number;
  /** Guided steps pick among the moves some actor may make, so runs get deep into the loop. */
  guided: number | null;
}

const step: fc.Arbitrary<Step> = fc.record({
  action: fc.constantFrom(...ACTIONS),
  who: fc.constantFrom(...actorNames),
  input: fc.constantFrom<InputKind>('valid', 'valid', 'valid', 'none', 'blank', 'earlier', 'garbage'),
  daysLater: fc.constantFrom(0, 0, 1, 3, 10, 40),
  guided: fc.option(fc.nat(), { freq: 6 }),
});

/** The step as played on this task: a guided step becomes one allowed (actor, action) pair. */
function resolve(s: Step, task: LedgerTask, today: string): { action: Action; who: ActorName } {
  if (s.guided === null) return s;
  const moves = actorNames.flatMap((who) =>
    allowedActions(task, actors[who], today)
      .filter((action) => action !== 'cancel' || s.guided! % 25 === 0)
      .map((action) => ({ action, who })),
  );
  return moves.length === 0 ? s : moves[s.guided % moves.length];
}

function inputFor(kind: InputKind, action: Action, task: LedgerTask, today: string): ActionInput {
  const valid = validInputFor(action, task, today);
  switch (kind) {
    case 'valid':
      return valid;
    case 'none':
      return undefined;
    case 'blank':
      return { reason: ' ', deadline: undefined } as ActionInput;
    case 'earlier':
      return { reason: 'r', deadline: addDays(task.deadline ?? today, -1) } as ActionInput;
    case 'garbage':
      return { reason: 'r', deadline: '2025-02-30' } as ActionInput;
  }
}

function checkInvariants(task: LedgerTask): void {
  expect(TASK_STATES).toContain(task.state);
  // The deadline only moves forward.
  const deadlines = [...task.deadlineHistory, task.deadline].filter((d): d is string => d !== null);
  for (let i = 1; i < deadlines.length; i++) expect(deadlines[i] > deadlines[i - 1]).toBe(true);
  expect(deadlines.every(isIsoDate)).toBe(true);
  expect(task.signOffRequest !== null).toBe(task.state === 'signOffRequested');
  if (task.extensionRequest) expect(['acknowledged', 'inProgress', 'reopened']).toContain(task.state);
  if (task.state !== 'draft') expect(task.leadUnitId !== null && task.deadline !== null && task.dispatchedOn !== null).toBe(true);
}

describe('transitions: properties', () => {
  it('random runs keep the task valid and each transition faithful to its promise', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60, size: 'max' }), (steps) => {
        let task = buildTask({ deadline: '2026-06-30' });
        let today = START;
        let requestedFrom: LedgerTask['state'] | null = null;
        for (const s of steps) {
          today = addDays(today, s.daysLater);
          const before = task;
          const { action, who } = resolve(s, task, today);
          const decision = decide(task, action, actors[who], inputFor(s.input, action, task, today), today);
          if (!decision.ok) continue;
          task = applyChanges(task, decision.next);
          checkInvariants(task);

          if (task.state === 'signedOff' && before.state !== 'signedOff') expect(before.state).toBe('signOffRequested');
          if (action === 'requestSignOff') requestedFrom = before.state;
          if (action === 'returnSignOff') expect(task.state).toBe(requestedFrom);
          if (action.endsWith('Extension')) expect(task.state).toBe(before.state);
          if (action === 'approveExtension') {
            expect(task.deadline! > before.deadline!).toBe(true);
            expect(task.deadlineHistory).toEqual([...before.deadlineHistory, before.deadline]);
          }
          if (action === 'report' && before.state === 'acknowledged') expect(task.state).toBe('inProgress');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('allowedActions agrees with decide: allowed iff a valid input is accepted; refused for any input otherwise', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40, size: 'max' }), fc.constantFrom(...actorNames), (steps, probe) => {
        let task = buildTask({ deadline: '2026-06-30' });
        let today = START;
        for (const s of steps) {
          today = addDays(today, s.daysLater);
          const allowed = allowedActions(task, actors[probe], today);
          for (const action of ACTIONS) {
            const valid = decide(task, action, actors[probe], validInputFor(action, task, today), today);
            expect(valid.ok).toBe(allowed.includes(action));
            if (!allowed.includes(action)) {
              for (const kind of ['none', 'blank', 'earlier', 'garbage'] as const) {
                expect(decide(task, action, actors[probe], inputFor(kind, action, task, today), today).ok).toBe(false);
              }
            }
          }
          const { action, who } = resolve(s, task, today);
          const d = decide(task, action, actors[who], inputFor(s.input, action, task, today), today);
          if (d.ok) task = applyChanges(task, d.next);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reaches every state (the generator is not stuck at draft)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 80, size: 'max' }), (steps) => {
        let task = buildTask({ deadline: '2026-06-30' });
        let today = START;
        for (const s of steps) {
          today = addDays(today, s.daysLater);
          const { action, who } = resolve(s, task, today);
          const d = decide(task, action, actors[who], inputFor(s.input, action, task, today), today);
          if (d.ok) task = applyChanges(task, d.next);
          seen.add(task.state);
        }
      }),
      { numRuns: 2000 },
    );
    expect([...seen].sort()).toEqual([...TASK_STATES].sort());
  });
});
