import type { IsoDate } from '../../../platform/calendar/index.ts';
import type { ReportingCycle } from './reporting-cycle.ts';

/**
 * The stored lifecycle of a task (the `state` column).
 *
 * draft → dispatched → acknowledged → inProgress → signOffRequested → signedOff → (lookBack) reopened
 * and `cancelled` (撤销) from any open state.
 *
 * `returned` and `extensionRequested` are deliberately NOT stored states; they are records on the
 * task (`signOffReturn`, `extensionRequest`) and appear as display statuses (`statusOf`):
 * - A returned sign-off request (退回) sends the task back to the state the request came from
 *   (inProgress or reopened: `signOffRequest.from`). The unit then does exactly what it could do
 *   before — report, request sign-off again — so a separate `returned` state would have to copy
 *   every rule of inProgress and reopened and remember which one it stands for. The flag keeps
 *   the reason visible (the 退回 badge) until the next sign-off request answers it.
 * - An extensionRequest (延期申请) runs alongside the work: the unit keeps reporting while the
 *   supervisor decides, and a first report still moves acknowledged → inProgress. As a state it
 *   would freeze the task or need its own copy of those rules; as a pending record, approving or
 *   refusing simply clears it, and the task is by construction in the state it was in.
 * The property tests check both promises ("goes back to the state it came from").
 */
export const TASK_STATES = ['draft', 'dispatched', 'acknowledged', 'inProgress', 'signOffRequested', 'signedOff', 'reopened', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** States in which a unit owes work: they have a trafficLight and count as open in the ledger. */
export const OPEN_STATES: readonly TaskState[] = ['dispatched', 'acknowledged', 'inProgress', 'signOffRequested', 'reopened'];

/**
 * A task's reports await review (审核) only while the task is open. 销号 decides the work as a whole
 * and 撤销 withdraws it: either closes every report still pending (review 'closed'), in the same
 * transaction (the service's `step`), so nothing on a closed task asks to be reviewed and none can be. A reopened task's
 * new reports are reviewed again; the closed ones stay closed.
 */
export const REPORT_REVIEWS = ['pending', 'accepted', 'returned', 'closed'] as const;
export type ReportReview = (typeof REPORT_REVIEWS)[number];
export const reviewsReports = (state: TaskState): boolean => isOpen(state);

/** What the ledger shows and filters on: the state, or the pending record that matters more. */
export const TASK_STATUSES = [...TASK_STATES, 'returned', 'extensionRequested'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Milestone {
  due: IsoDate;
  doneOn: IsoDate | null;
}

export interface SignOffRequest {
  requestedOn: IsoDate;
  /** The state a return (退回) goes back to. */
  from: 'inProgress' | 'reopened';
}

export interface SignOffReturn {
  returnedOn: IsoDate;
  reason: string;
}

export interface ExtensionRequest {
  deadline: IsoDate;
  reason: string;
  requestedOn: IsoDate;
}

/** The part of a task the ledger's rules read. The service maps its row to this shape. */
export interface LedgerTask {
  state: TaskState;
  leadUnitId: string | null;
  supportingUnitIds: readonly string[];
  deadline: IsoDate | null;
  /** Earlier deadlines, oldest first; each approved extension appends the one it replaced. */
  deadlineHistory: readonly IsoDate[];
  milestones: readonly Milestone[];
  /** The effective cycle (task's own, else its source's): see effectiveReportingCycle. */
  reportingCycle: ReportingCycle;
  dispatchedOn: IsoDate | null;
  acknowledgedOn: IsoDate | null;
  lastReportOn: IsoDate | null;
  reopenedOn: IsoDate | null;
  signedOffOn: IsoDate | null;
  cancelledOn: IsoDate | null;
  signOffRequest: SignOffRequest | null;
  signOffReturn: SignOffReturn | null;
  extensionRequest: ExtensionRequest | null;
}

/** The fields a transition writes; the service applies them with its version check. */
export type TaskChanges = Partial<LedgerTask>;

export function isOpen(state: TaskState): boolean {
  return OPEN_STATES.includes(state);
}

export function statusOf(task: Pick<LedgerTask, 'state' | 'signOffReturn' | 'extensionRequest'>): TaskStatus {
  if (task.extensionRequest && isOpen(task.state)) return 'extensionRequested';
  if (task.signOffReturn && (task.state === 'inProgress' || task.state === 'reopened')) return 'returned';
  return task.state;
}
