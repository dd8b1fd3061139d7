import { ACTION_EVENTS, ACTIONS, type Action, type ActionInputs, type LedgerEvent } from './actions.ts';
import { partiesOf, type Actor, type Party } from './actor.ts';
import { isIsoDate, type IsoDate } from '../../../platform/calendar/index.ts';
import { EFFECTS } from './effects.ts';
import { domainError, type DomainError } from './errors.ts';
import { statusOf, type LedgerTask, type TaskChanges, type TaskState } from './states.ts';

export interface TransitionRule {
  from: readonly TaskState[];
  /**
   * 'unchanged': the state stays (extensions run alongside the work, see states.ts);
   * 'requestOrigin': back to the state the sign-off request came from;
   * report moves acknowledged → inProgress and leaves other states as they are.
   */
  to: TaskState | 'unchanged' | 'requestOrigin';
  /** Capacities that may act (actor.ts). A leader appears in none: leaders read and comment. */
  by: readonly Party[];
  /** Only while an extensionRequest waits for a decision. */
  needsPendingExtension?: true;
}

const WORKING: readonly TaskState[] = ['acknowledged', 'inProgress', 'reopened'];

/**
 * Who may do what, from which state. Decisions:
 * - Only the lead unit's liaison acknowledges, requests sign-off or an extension: the lead unit is
 *   the one accountable (牵头). Supporting units' liaisons may add progress reports, since they
 *   share the work, but cannot speak for the lead.
 * - requestSignOff needs a report first (acknowledged → report → inProgress): a task is not
 *   struck off without at least one progressReport carrying its evidence.
 * - cancel (撤销) exists because tasks are withdrawn after dispatch (a source superseded, two
 *   items merged) and deleting them would lose the trail of who did what. Drafts are simply
 *   deleted; signed-off tasks stay signed off (a lookBack reopens them instead).
 */
export const TRANSITION_RULES: Record<Action, TransitionRule> = {
  dispatch: { from: ['draft'], to: 'dispatched', by: ['supervisor'] },
  acknowledge: { from: ['dispatched'], to: 'acknowledged', by: ['leadLiaison'] },
  report: { from: WORKING, to: 'inProgress', by: ['leadLiaison', 'supportingLiaison'] },
  requestSignOff: { from: ['inProgress', 'reopened'], to: 'signOffRequested', by: ['leadLiaison'] },
  signOff: { from: ['signOffRequested'], to: 'signedOff', by: ['supervisor'] },
  returnSignOff: { from: ['signOffRequested'], to: 'requestOrigin', by: ['supervisor'] },
  requestExtension: { from: WORKING, to: 'unchanged', by: ['leadLiaison'] },
  approveExtension: { from: WORKING, to: 'unchanged', by: ['supervisor'], needsPendingExtension: true },
  refuseExtension: { from: WORKING, to: 'unchanged', by: ['supervisor'], needsPendingExtension: true },
  reopen: { from: ['signedOff'], to: 'reopened', by: ['supervisor'] },
  cancel: {
    from: ['dispatched', 'acknowledged', 'inProgress', 'signOffRequested', 'reopened'],
    to: 'cancelled',
    by: ['supervisor'],
  },
};

/**
 * The checks that need no input: state, then permission, then the task's own preconditions.
 * State comes first so a stale page (acknowledging twice) hears "already acknowledged" rather
 * than a permission error.
 */
function guard(task: LedgerTask, action: Action, actor: Actor, today: IsoDate): DomainError | null {
  const rule = TRANSITION_RULES[action];
  if (!rule.from.includes(task.state) || (rule.needsPendingExtension && task.extensionRequest === null)) {
    return domainError('task.invalid_transition', { action, state: statusOf(task) });
  }
  // Before the permission check: with no lead unit there is no unit to check a supervisor against,
  // and "choose a lead unit" is the message that helps.
  if (action === 'dispatch' && task.leadUnitId === null) return domainError('task.lead_unit_required');
  const parties = partiesOf(actor, task);
  if (!rule.by.some((p) => parties.has(p))) return domainError('task.forbidden', { action });

  switch (action) {
    case 'dispatch':
      if (task.deadline === null) return domainError('task.deadline_required', { action });
      if (task.deadline < today) return domainError('task.deadline_in_past', { deadline: task.deadline, today });
      return null;
    case 'requestSignOff':
      return task.extensionRequest ? domainError('task.extension_pending') : null;
    case 'requestExtension':
      if (task.extensionRequest) return domainError('task.extension_pending');
      // 延期须在期限届满前申请: once overdue, the unit explains itself, it does not move the date.
      if (task.deadline !== null && today > task.deadline) {
        return domainError('task.extension_after_deadline', { deadline: task.deadline });
      }
      return null;
    default:
      return null;
  }
}

export type Decision = { ok: true; action: Action; next: TaskChanges; event: LedgerEvent } | { ok: false; error: DomainError };

function assertToday(today: IsoDate): void {
  if (!isIsoDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
}

/**
 * Decides one action: the fields to write and the event to publish, or why not.
 * `today` is the server's calendar date (Asia/Shanghai); the domain reads no clock.
 */
export function decide<A extends Action>(task: LedgerTask, action: A, actor: Actor, input: ActionInputs[A] | undefined, today: IsoDate): Decision {
  assertToday(today);
  const refused = guard(task, action, actor, today);
  if (refused) return { ok: false, error: refused };
  const result = EFFECTS[action](task, input, today);
  if ('error' in result) return { ok: false, error: result.error };
  return { ok: true, action, next: result.next, event: ACTION_EVENTS[action] };
}

/**
 * The actions this actor may take on this task today, for the page's buttons. An action is
 * listed iff `decide` accepts it with a valid input (a reason, an acceptable new deadline).
 */
export function allowedActions(task: LedgerTask, actor: Actor, today: IsoDate): Action[] {
  assertToday(today);
  return ACTIONS.filter((action) => guard(task, action, actor, today) === null);
}

/** Applies a decision's changes: what the repo's update does, for tests and in-memory callers. */
export function applyChanges(task: LedgerTask, next: TaskChanges): LedgerTask {
  return { ...task, ...next };
}
