import type { Selectable } from 'kysely';
import { effectiveReportingCycle, lightThresholds, statusOf, type LedgerTask, type LightRules, type ReportingCycle, type TaskState } from './domain/index.ts';
import type { TaskTable } from './tables.ts';
import { NEVER } from './migrations/20261125-0100-ledger.ts';

export type TaskRow = Selectable<TaskTable>;

/** The columns the domain's rules read (toLedgerTask): what a list page fetches to name its lights' reasons. */
export const domainColumns = [
  'state',
  'lead_unit_id',
  'deadline',
  'deadline_history',
  'milestones',
  'reporting_cycle',
  'dispatched_on',
  'acknowledged_on',
  'last_report_on',
  'reopened_on',
  'signed_off_on',
  'cancelled_on',
  'sign_off_request',
  'sign_off_return',
  'extension_request',
] as const;
export type DomainRow = Pick<TaskRow, (typeof domainColumns)[number]>;

const json = <T>(s: string | null, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

/** The row as the domain's rules read it. Unit ids are strings in the domain. */
export function toLedgerTask(row: DomainRow, supportingUnitIds: number[], sourceCycle: string | null): LedgerTask {
  return {
    state: row.state as TaskState,
    leadUnitId: row.lead_unit_id === null ? null : String(row.lead_unit_id),
    supportingUnitIds: supportingUnitIds.map(String),
    deadline: row.deadline,
    deadlineHistory: json(row.deadline_history, []),
    milestones: json<{ due: string; doneOn: string | null }[]>(row.milestones, []).map((m) => ({ due: m.due, doneOn: m.doneOn ?? null })),
    reportingCycle: effectiveReportingCycle(json<ReportingCycle | null>(row.reporting_cycle, null), json<ReportingCycle | null>(sourceCycle, null)),
    dispatchedOn: row.dispatched_on,
    acknowledgedOn: row.acknowledged_on,
    lastReportOn: row.last_report_on,
    reopenedOn: row.reopened_on,
    signedOffOn: row.signed_off_on,
    cancelledOn: row.cancelled_on,
    signOffRequest: json(row.sign_off_request, null),
    signOffReturn: json(row.sign_off_return, null),
    extensionRequest: json(row.extension_request, null),
  };
}

/** The columns a domain state writes, including the derived status and light thresholds. */
export function ledgerColumns(task: LedgerTask, rules: LightRules) {
  const thresholds = lightThresholds(task, rules);
  return {
    state: task.state,
    status: statusOf(task),
    yellow_from: thresholds?.yellowFrom ?? NEVER,
    red_from: thresholds?.redFrom ?? NEVER,
    lead_unit_id: task.leadUnitId === null ? null : Number(task.leadUnitId),
    deadline: task.deadline,
    deadline_sort: task.deadline ?? NEVER,
    deadline_history: JSON.stringify(task.deadlineHistory),
    milestones: JSON.stringify(task.milestones),
    dispatched_on: task.dispatchedOn,
    acknowledged_on: task.acknowledgedOn,
    last_report_on: task.lastReportOn,
    reopened_on: task.reopenedOn,
    signed_off_on: task.signedOffOn,
    cancelled_on: task.cancelledOn,
    sign_off_request: task.signOffRequest ? JSON.stringify(task.signOffRequest) : null,
    sign_off_return: task.signOffReturn ? JSON.stringify(task.signOffReturn) : null,
    extension_request: task.extensionRequest ? JSON.stringify(task.extensionRequest) : null,
  };
}

/** A blank draft for a new task: the domain's view before any action. */
export function draftTask(fields: {
  leadUnitId: number | null;
  supportingUnitIds: number[];
  deadline: string | null;
  milestones?: { due: string; doneOn: string | null }[];
}): LedgerTask {
  return {
    state: 'draft',
    leadUnitId: fields.leadUnitId === null ? null : String(fields.leadUnitId),
    supportingUnitIds: fields.supportingUnitIds.map(String),
    deadline: fields.deadline,
    deadlineHistory: [],
    milestones: fields.milestones ?? [],
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
  };
}
