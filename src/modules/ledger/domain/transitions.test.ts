import { describe, expect, it } from 'vitest';
import { ACTION_EVENTS, ACTIONS } from './actions.ts';
import { DOMAIN_ERROR_CODES } from './errors.ts';
import { formatDomainError, ledgerActionLabels, ledgerDomainMessages, ledgerStatusLabels } from './messages.ts';
import { statusOf, TASK_STATUSES, type LedgerTask } from './states.ts';
import { allowedActions, applyChanges, decide, type Decision } from './transitions.ts';
import { actors, buildTask } from './testing.ts';

const TODAY = '2025-11-24';
const { supervisor, leadLiaison, supportingLiaison } = actors;

function ok(decision: Decision) {
  if (!decision.ok) throw new Error(`expected ok, got ${decision.error.code}`);
  return decision;
}
const errorOf = (decision: Decision) => (decision.ok ? null : decision.error);

describe('the closed loop', () => {
  it('walks draft → signedOff with dated fields and events', () => {
    let task = buildTask();
    const steps = [
      [supervisor, 'dispatch', undefined, 'dispatched', 'task.dispatched'],
      [leadLiaison, 'acknowledge', undefined, 'acknowledged', 'task.acknowledged'],
      [supportingLiaison, 'report', undefined, 'inProgress', 'task.progressReported'],
      [leadLiaison, 'report', undefined, 'inProgress', 'task.progressReported'],
      [leadLiaison, 'requestSignOff', undefined, 'signOffRequested', 'task.signOffRequested'],
      [supervisor, 'signOff', undefined, 'signedOff', 'task.signedOff'],
    ] as const;
    for (const [actor, action, input, state, event] of steps) {
      const d = ok(decide(task, action, actor, input, TODAY));
      expect(d.event).toBe(event);
      task = applyChanges(task, d.next);
      expect(task.state).toBe(state);
    }
    expect(task).toMatchObject({ dispatchedOn: TODAY, acknowledgedOn: TODAY, lastReportOn: TODAY, signedOffOn: TODAY });
    expect(task.signOffRequest).toBeNull();
  });

  it('a return goes back to the state the request came from, and shows as returned', () => {
    const reopened = buildTask({ state: 'reopened', deadline: '2026-06-30' });
    let task = applyChanges(reopened, ok(decide(reopened, 'requestSignOff', leadLiaison, undefined, TODAY)).next);
    expect(task.signOffRequest).toEqual({ requestedOn: TODAY, from: 'reopened' });
    task = applyChanges(task, ok(decide(task, 'returnSignOff', supervisor, { reason: ' 佐证不足 ' }, TODAY)).next);
    expect(task.state).toBe('reopened');
    expect(task.signOffReturn).toEqual({ returnedOn: TODAY, reason: '佐证不足' });
    expect(statusOf(task)).toBe('returned');
    // The next request answers the return.
    task = applyChanges(task, ok(decide(task, 'requestSignOff', leadLiaison, undefined, TODAY)).next);
    expect(task.signOffReturn).toBeNull();
  });

  it('requires a reason to return, refuse, reopen and cancel', () => {
    const requested = buildTask({ state: 'signOffRequested', signOffRequest: { requestedOn: TODAY, from: 'inProgress' } });
    expect(errorOf(decide(requested, 'returnSignOff', supervisor, { reason: '   ' }, TODAY))).toEqual({
      code: 'task.reason_required',
      params: { action: 'returnSignOff' },
    });
    expect(errorOf(decide(requested, 'cancel', supervisor, undefined, TODAY))?.code).toBe('task.reason_required');
    const signedOff = buildTask({ state: 'signedOff' });
    expect(errorOf(decide(signedOff, 'reopen', supervisor, { reason: '' }, TODAY))?.code).toBe('task.reason_required');
  });
});

describe('dispatch', () => {
  it('needs a lead unit and a deadline not yet past', () => {
    expect(errorOf(decide(buildTask({ leadUnitId: null }), 'dispatch', supervisor, undefined, TODAY))?.code).toBe('task.lead_unit_required');
    expect(errorOf(decide(buildTask({ deadline: null }), 'dispatch', supervisor, undefined, TODAY))?.code).toBe('task.deadline_required');
    expect(errorOf(decide(buildTask({ deadline: '2025-11-23' }), 'dispatch', supervisor, undefined, TODAY))).toEqual({
      code: 'task.deadline_in_past',
      params: { deadline: '2025-11-23', today: TODAY },
    });
    expect(allowedActions(buildTask({ deadline: null }), supervisor, TODAY)).not.toContain('dispatch');
  });
});

describe('extensions', () => {
  const working = buildTask({ state: 'inProgress', deadline: '2025-12-31' });

  it('records a request without changing the state; approval moves the deadline and keeps history', () => {
    const input = { deadline: '2026-03-31', reason: '需等待上级政策' };
    let task = applyChanges(working, ok(decide(working, 'requestExtension', leadLiaison, input, TODAY)).next);
    expect(task.state).toBe('inProgress');
    expect(statusOf(task)).toBe('extensionRequested');
    expect(allowedActions(task, leadLiaison, TODAY)).toEqual(['report']);
    expect(errorOf(decide(task, 'requestSignOff', leadLiaison, undefined, TODAY))?.code).toBe('task.extension_pending');
    task = applyChanges(task, ok(decide(task, 'approveExtension', supervisor, undefined, TODAY)).next);
    expect(task).toMatchObject({ state: 'inProgress', deadline: '2026-03-31', deadlineHistory: ['2025-12-31'] });
    expect(task.extensionRequest).toBeNull();
  });

  it('lets the supervisor grant a different deadline, but never an earlier one', () => {
    const pending = buildTask({
      state: 'inProgress',
      extensionRequest: { deadline: '2026-06-30', reason: 'x', requestedOn: TODAY },
    });
    expect(ok(decide(pending, 'approveExtension', supervisor, { deadline: '2026-02-28' }, TODAY)).next.deadline).toBe('2026-02-28');
    expect(errorOf(decide(pending, 'approveExtension', supervisor, { deadline: '2025-12-31' }, TODAY))).toEqual({
      code: 'task.deadline_not_later',
      params: { deadline: '2025-12-31', current: '2025-12-31' },
    });
    const refused = ok(decide(pending, 'refuseExtension', supervisor, { reason: '不符合延期条件' }, TODAY));
    expect(refused.next).toEqual({ extensionRequest: null });
  });

  it('validates the requested date', () => {
    const ask = (deadline: string) => errorOf(decide(working, 'requestExtension', leadLiaison, { deadline, reason: 'r' }, TODAY))?.code;
    expect(ask('2026-02-30')).toBe('task.invalid_date');
    expect(ask('2025-12-01')).toBe('task.deadline_not_later');
    expect(ask('')).toBe('task.deadline_required');
  });

  it('is closed once the deadline has passed', () => {
    expect(errorOf(decide(working, 'requestExtension', leadLiaison, { deadline: '2026-03-31', reason: 'r' }, '2026-01-01'))).toEqual({
      code: 'task.extension_after_deadline',
      params: { deadline: '2025-12-31' },
    });
    expect(ok(decide(working, 'requestExtension', leadLiaison, { deadline: '2026-03-31', reason: 'r' }, '2025-12-31')).event).toBe('task.extensionRequested');
  });
});

describe('lookBack reopen', () => {
  const signedOff = (deadline: string): LedgerTask => buildTask({ state: 'signedOff', deadline, signedOffOn: '2025-06-30' });

  it('keeps a deadline still ahead', () => {
    const d = ok(decide(signedOff('2025-12-31'), 'reopen', supervisor, { reason: '问题反弹' }, TODAY));
    expect(d.next).toMatchObject({ state: 'reopened', reopenedOn: TODAY, signedOffOn: null });
    expect(d.next.deadline).toBeUndefined();
  });

  it('needs a new, later deadline when the old one has passed', () => {
    const old = signedOff('2025-06-30');
    expect(errorOf(decide(old, 'reopen', supervisor, { reason: '问题反弹' }, TODAY))?.code).toBe('task.deadline_required');
    const d = ok(decide(old, 'reopen', supervisor, { reason: '问题反弹', deadline: '2026-01-31' }, TODAY));
    expect(d.next).toMatchObject({ deadline: '2026-01-31', deadlineHistory: ['2025-06-30'] });
  });
});

describe('decide and allowedActions', () => {
  it('refuse a malformed today loudly (a programming error, not a user error)', () => {
    expect(() => decide(buildTask(), 'dispatch', supervisor, undefined, '2025-11-24T00:00')).toThrow(RangeError);
    expect(() => allowedActions(buildTask(), supervisor, '24/11/2025')).toThrow(RangeError);
  });

  it('name the status in invalid transitions', () => {
    const task = buildTask({ state: 'acknowledged' });
    expect(errorOf(decide(task, 'acknowledge', leadLiaison, undefined, TODAY))).toEqual({
      code: 'task.invalid_transition',
      params: { action: 'acknowledge', state: 'acknowledged' },
    });
  });
});

describe('messages', () => {
  it('exist for every code, action and status in both locales', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const code of DOMAIN_ERROR_CODES) expect(ledgerDomainMessages[locale][code]).toBeTruthy();
      for (const action of ACTIONS) expect(ledgerActionLabels[locale][action]).toBeTruthy();
      for (const status of TASK_STATUSES) expect(ledgerStatusLabels[locale][status]).toBeTruthy();
    }
    expect(Object.keys(ACTION_EVENTS)).toEqual([...ACTIONS]);
  });

  it('fill placeholders, with labels for actions and states', () => {
    const error = { code: 'task.invalid_transition' as const, params: { action: 'acknowledge', state: 'signedOff' } };
    expect(formatDomainError(error, 'zh-CN')).toBe('任务当前为“已销号”，不能签收');
    expect(formatDomainError(error, 'en-US')).toBe('The task’s status is “Signed off”: you cannot acknowledge it now');
    const late = { code: 'task.deadline_not_later' as const, params: { deadline: '2025-12-01', current: '2025-12-31' } };
    expect(formatDomainError(late, 'zh-CN')).toBe('新的完成时限 2025-12-01 须晚于原时限 2025-12-31');
  });

  it('leave no placeholder unfilled for the params the domain sends', () => {
    const task = buildTask({ state: 'inProgress' });
    const d = decide(task, 'requestExtension', leadLiaison, { deadline: '2025-01-01', reason: 'r' }, TODAY);
    for (const locale of ['zh-CN', 'en-US'] as const) expect(formatDomainError(errorOf(d)!, locale)).not.toMatch(/\{\w+\}/);
  });
});
