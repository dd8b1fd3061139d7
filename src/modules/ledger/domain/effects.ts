import type { Action, ActionInputs } from './actions.ts';
import { isIsoDate, type IsoDate } from '../../../platform/calendar/index.ts';
import { domainError, type DomainError } from './errors.ts';
import type { LedgerTask, TaskChanges } from './states.ts';

/**
 * What each action writes, once transitions.ts has checked state and permission. Only the
 * input-dependent checks live here (reasons, new deadlines), so `allowedActions` can answer
 * without an input and still agree with `decide` for every valid input.
 */
export type EffectResult = { next: TaskChanges } | { error: DomainError };
type Effect<A extends Action> = (task: LedgerTask, input: ActionInputs[A] | undefined, today: IsoDate) => EffectResult;

function reasonOf(action: Action, input: { reason?: unknown } | undefined): string | DomainError {
  const reason = typeof input?.reason === 'string' ? input.reason.trim() : '';
  return reason === '' ? domainError('task.reason_required', { action }) : reason;
}

/**
 * A deadline replacing `current` must be a real date, later than `current` (so the deadline
 * history only ever moves forward) and not before today (a new deadline already past would make
 * the task overdue the moment it is granted).
 */
export function checkNewDeadline(action: Action, value: unknown, current: IsoDate | null, today: IsoDate): IsoDate | DomainError {
  if (value === undefined || value === null || value === '') return domainError('task.deadline_required', { action });
  if (!isIsoDate(value)) return domainError('task.invalid_date', { value: String(value) });
  if (current !== null && value <= current) return domainError('task.deadline_not_later', { deadline: value, current });
  if (value < today) return domainError('task.deadline_in_past', { deadline: value, today });
  return value;
}

const isError = (v: unknown): v is DomainError => typeof v === 'object' && v !== null && 'code' in v;

/** The deadline change of an extension or a reopen: the replaced deadline joins the history. */
function newDeadline(task: LedgerTask, deadline: IsoDate): TaskChanges {
  return {
    deadline,
    deadlineHistory: task.deadline === null ? task.deadlineHistory : [...task.deadlineHistory, task.deadline],
  };
}

export const EFFECTS: { [A in Action]: Effect<A> } = {
  dispatch: (_task, _input, today) => ({ next: { state: 'dispatched', dispatchedOn: today } }),

  acknowledge: (_task, _input, today) => ({ next: { state: 'acknowledged', acknowledgedOn: today } }),

  // The first report, from any unit, shows the work has started.
  report: (task, _input, today) => ({
    next: { state: task.state === 'acknowledged' ? 'inProgress' : task.state, lastReportOn: today },
  }),

  requestSignOff: (task, _input, today) => ({
    next: {
      state: 'signOffRequested',
      signOffRequest: { requestedOn: today, from: task.state === 'reopened' ? 'reopened' : 'inProgress' },
      signOffReturn: null,
    },
  }),

  signOff: (_task, _input, today) => ({
    next: { state: 'signedOff', signedOffOn: today, signOffRequest: null, signOffReturn: null },
  }),

  returnSignOff: (task, input, today) => {
    const reason = reasonOf('returnSignOff', input);
    if (isError(reason)) return { error: reason };
    return {
      next: {
        state: task.signOffRequest?.from ?? 'inProgress',
        signOffRequest: null,
        signOffReturn: { returnedOn: today, reason },
      },
    };
  },

  requestExtension: (task, input, today) => {
    const reason = reasonOf('requestExtension', input);
    if (isError(reason)) return { error: reason };
    const deadline = checkNewDeadline('requestExtension', input?.deadline, task.deadline, today);
    if (isError(deadline)) return { error: deadline };
    return { next: { extensionRequest: { deadline, reason, requestedOn: today } } };
  },

  approveExtension: (task, input, today) => {
    const wanted = input?.deadline ?? task.extensionRequest?.deadline;
    const deadline = checkNewDeadline('approveExtension', wanted, task.deadline, today);
    if (isError(deadline)) return { error: deadline };
    return { next: { ...newDeadline(task, deadline), extensionRequest: null } };
  },

  refuseExtension: (_task, input) => {
    const reason = reasonOf('refuseExtension', input);
    if (isError(reason)) return { error: reason };
    return { next: { extensionRequest: null } };
  },

  // A lookBack finding reopens the task. If its deadline has passed, the supervisor sets a
  // rectification deadline; otherwise the task would be red the moment it reopens.
  reopen: (task, input, today) => {
    const reason = reasonOf('reopen', input);
    if (isError(reason)) return { error: reason };
    const base: TaskChanges = { state: 'reopened', reopenedOn: today, signedOffOn: null, signOffReturn: null };
    if (input?.deadline === undefined && task.deadline !== null && task.deadline >= today) return { next: base };
    const deadline = checkNewDeadline('reopen', input?.deadline, task.deadline, today);
    if (isError(deadline)) return { error: deadline };
    return { next: { ...base, ...newDeadline(task, deadline) } };
  },

  cancel: (_task, input, today) => {
    const reason = reasonOf('cancel', input);
    if (isError(reason)) return { error: reason };
    return { next: { state: 'cancelled', cancelledOn: today, signOffRequest: null, extensionRequest: null } };
  },
};
