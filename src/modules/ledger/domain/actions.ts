import type { IsoDate } from '../../../platform/calendar/index.ts';

/** What a user can do to a task, as named in the API (POST /api/tasks/:id/<action>). */
export const ACTIONS = [
  'dispatch',
  'acknowledge',
  'report',
  'requestSignOff',
  'signOff',
  'returnSignOff',
  'requestExtension',
  'approveExtension',
  'refuseExtension',
  'reopen',
  'cancel',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The input each action takes; the route's schema validates shape, the domain validates meaning. */
export interface ActionInputs {
  dispatch: undefined;
  acknowledge: undefined;
  /** The report's text and evidence files are the service's business; the ledger only dates it. */
  report: undefined;
  requestSignOff: undefined;
  signOff: undefined;
  returnSignOff: { reason: string };
  requestExtension: { deadline: IsoDate; reason: string };
  /** Without a deadline, the requested one is granted; the supervisor may grant another. */
  approveExtension: { deadline?: IsoDate } | undefined;
  refuseExtension: { reason: string };
  /** A new deadline is required when the current one has already passed. */
  reopen: { reason: string; deadline?: IsoDate };
  cancel: { reason: string };
}

export type ActionInput = ActionInputs[Action];

/** After-commit events on the bus (SSE, reminders, dashboards), one per action. */
export const ACTION_EVENTS = {
  dispatch: 'task.dispatched',
  acknowledge: 'task.acknowledged',
  report: 'task.progressReported',
  requestSignOff: 'task.signOffRequested',
  signOff: 'task.signedOff',
  returnSignOff: 'task.signOffReturned',
  requestExtension: 'task.extensionRequested',
  approveExtension: 'task.extensionApproved',
  refuseExtension: 'task.extensionRefused',
  reopen: 'task.reopened',
  cancel: 'task.cancelled',
} as const satisfies Record<Action, `task.${string}`>;
export type LedgerEvent = (typeof ACTION_EVENTS)[Action];
