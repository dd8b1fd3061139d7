/**
 * A problem's status is derived, never stored: from its measures (ledger tasks) and the marks the
 * acceptance (验收) left. Storing it would track the loop twice and drift whenever a measure moves
 * through the ledger's own endpoints.
 *
 * open → rectifying (a measure dispatched) → awaitingAcceptance (every measure signed off)
 *      → rectified (accepted), or back to rectifying when acceptance is refused.
 *
 * A "mark" is the sum of the measures' row versions: any step on any measure, or a new measure,
 * raises it. Acceptance and refusal record the mark they saw, so they hold only while nothing has
 * moved since: a measure reopened by a look-back (回头看) un-rectifies the problem, and a refused
 * problem waits for a new or reopened measure to be signed off before it can be accepted again.
 */
export const PROBLEM_STATUSES = ['open', 'rectifying', 'awaitingAcceptance', 'rectified'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** The measures of one problem, counted (cancelled measures left out of total, started, signedOff). */
export interface MeasureTally {
  total: number;
  draft: number;
  started: number;
  signedOff: number;
  mark: number;
}

export const EMPTY_TALLY: MeasureTally = { total: 0, draft: 0, started: 0, signedOff: 0, mark: 0 };

export interface AcceptanceMarks {
  acceptedMark: number | null;
  refusedMark: number | null;
}

export function problemStatus(t: MeasureTally, a: AcceptanceMarks): ProblemStatus {
  if (t.total > 0 && t.signedOff === t.total) {
    if (a.acceptedMark === t.mark) return 'rectified';
    if (a.refusedMark === t.mark) return 'rectifying';
    return 'awaitingAcceptance';
  }
  return t.started > 0 ? 'rectifying' : 'open';
}

/** Whether a refusal is the current word on the problem (shown until the measures move again). */
export const refusalActive = (t: MeasureTally, a: AcceptanceMarks) => a.refusedMark !== null && a.refusedMark === t.mark && a.acceptedMark !== t.mark;

export const PROBLEM_ACTIONS = ['edit', 'addMeasure', 'dispatch', 'accept', 'refuseAcceptance'] as const;
export type ProblemAction = (typeof PROBLEM_ACTIONS)[number];

/** What a manager may do next; readers get none. The page shows exactly these buttons. */
export function problemActions(status: ProblemStatus, t: MeasureTally, canManage: boolean): ProblemAction[] {
  if (!canManage || status === 'rectified') return [];
  const out: ProblemAction[] = ['edit', 'addMeasure'];
  if (t.draft > 0) out.push('dispatch');
  if (status === 'awaitingAcceptance') out.push('accept', 'refuseAcceptance');
  return out;
}
