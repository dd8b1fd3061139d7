/**
 * The ledger's pure rules: task states and transitions, who may do what, traffic lights,
 * reporting cycles and roll-up counter keys. No database, HTTP, file system or clock: the
 * service passes `today` (a 'YYYY-MM-DD' date in Asia/Shanghai) and the actor's unit relation.
 */
export { ACTIONS, ACTION_EVENTS, type Action, type ActionInput, type ActionInputs, type LedgerEvent } from './actions.ts';
export { covers, isWithinFromAncestry, partiesOf, type Actor, type Grant, type IsWithin, type LedgerRole, type Party } from './actor.ts';
export { addDays, diffDays, isIsoDate, isoWeekday, maxDate, minDate, type IsoDate } from '../../../platform/calendar/index.ts';
export { makesParentCycle } from './hierarchy.ts';
export { DOMAIN_ERROR_CODES, domainError, type DomainError, type DomainErrorCode } from './errors.ts';
export {
  assessLight,
  DEFAULT_LIGHT_RULES,
  escalationRecipients,
  lagging,
  lightFromThresholds,
  lightSchedule,
  lightThresholds,
  LIGHT_REASONS,
  overdue,
  trafficLight,
  type LightReason,
  type LightRules,
  type LightSchedule,
  type RecipientDescriptor,
  type TrafficLight,
} from './lights.ts';
export { formatDomainError, ledgerActionLabels, ledgerDomainMessages, ledgerStatusLabels, type Locale } from './messages.ts';
export {
  dueDateOnOrAfter,
  effectiveReportingCycle,
  isReportMissing,
  nextReportDue,
  NO_REPORTING_CYCLE,
  REPORTING_CYCLE_KINDS,
  type ReportingCycle,
} from './reporting-cycle.ts';
export { rollupDelta, rollupKeyId, rollupKeys, tallyRollup, type RollupChange, type RollupKey, type RollupTally } from './rollup-key.ts';
export {
  isOpen,
  OPEN_STATES,
  REPORT_REVIEWS,
  reviewsReports,
  statusOf,
  TASK_STATES,
  TASK_STATUSES,
  type ExtensionRequest,
  type LedgerTask,
  type Milestone,
  type ReportReview,
  type SignOffRequest,
  type SignOffReturn,
  type TaskChanges,
  type TaskState,
  type TaskStatus,
} from './states.ts';
export { allowedActions, applyChanges, decide, TRANSITION_RULES, type Decision, type TransitionRule } from './transitions.ts';
