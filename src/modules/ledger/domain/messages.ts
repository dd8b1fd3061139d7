// The shared catalog directly, not through src/platform/i18n: the domain imports no platform but its pure calendar.
import enUS from '../../../../shared/labels/en-US.json' with { type: 'json' };
import zhCN from '../../../../shared/labels/zh-CN.json' with { type: 'json' };
import type { Action } from './actions.ts';
import type { DomainError, DomainErrorCode } from './errors.ts';
import type { TaskStatus } from './states.ts';

export type Locale = 'zh-CN' | 'en-US';

/** Message texts per error code; `{name}` placeholders are filled from DomainError.params. */
export const ledgerDomainMessages: Record<Locale, Record<DomainErrorCode, string>> = {
  'zh-CN': {
    'task.invalid_transition': '任务当前为“{state}”，不能{action}',
    'task.forbidden': '您无权对该任务{action}',
    'task.reason_required': '{action}须填写理由',
    'task.deadline_required': '{action}须确定完成时限',
    'task.invalid_date': '日期“{value}”无效，应为 YYYY-MM-DD 格式',
    'task.deadline_not_later': '新的完成时限 {deadline} 须晚于原时限 {current}',
    'task.deadline_in_past': '完成时限 {deadline} 不能早于今天（{today}）',
    'task.lead_unit_required': '下达前须指定牵头单位',
    'task.extension_pending': '该任务有待审批的延期申请，请等待审批结果',
    'task.extension_after_deadline': '完成时限 {deadline} 已过，不能再申请延期',
  },
  'en-US': {
    'task.invalid_transition': 'The task’s status is “{state}”: you cannot {action} it now',
    'task.forbidden': 'You may not {action} this task',
    'task.reason_required': 'A reason is required to {action} this task',
    'task.deadline_required': 'A deadline is required to {action} this task',
    'task.invalid_date': '"{value}" is not a valid date (YYYY-MM-DD)',
    'task.deadline_not_later': 'The new deadline {deadline} must be later than the current one, {current}',
    'task.deadline_in_past': 'The deadline {deadline} cannot be before today ({today})',
    'task.lead_unit_required': 'Choose a lead unit before dispatching',
    'task.extension_pending': 'An extension request is waiting for a decision',
    'task.extension_after_deadline': 'The deadline {deadline} has passed; an extension can no longer be requested',
  },
};

/** Action names as they read inside messages (and on buttons). */
export const ledgerActionLabels: Record<Locale, Record<Action, string>> = {
  'zh-CN': {
    dispatch: '下达',
    acknowledge: '签收',
    report: '填报进展',
    requestSignOff: '申请销号',
    signOff: '销号',
    returnSignOff: '退回',
    requestExtension: '申请延期',
    approveExtension: '批准延期',
    refuseExtension: '不予延期',
    reopen: '回头看重新打开',
    cancel: '撤销',
  },
  'en-US': {
    dispatch: 'dispatch',
    acknowledge: 'acknowledge',
    report: 'report progress on',
    requestSignOff: 'request sign-off for',
    signOff: 'sign off',
    returnSignOff: 'return',
    requestExtension: 'request an extension for',
    approveExtension: 'approve the extension of',
    refuseExtension: 'refuse the extension of',
    reopen: 'reopen',
    cancel: 'cancel',
  },
};

/** A task status's standalone label, from the catalog the web shares (sentences quote it). */
export const ledgerStatusLabels: Record<Locale, Record<TaskStatus, string>> = {
  'zh-CN': zhCN.taskStatus,
  'en-US': enUS.taskStatus,
};

/** The error's message in a locale, with `action` and `state` params shown by their labels. */
export function formatDomainError(error: DomainError, locale: Locale): string {
  return ledgerDomainMessages[locale][error.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = error.params[name];
    if (value === undefined) return whole;
    if (name === 'action') return ledgerActionLabels[locale][value as Action] ?? value;
    if (name === 'state') return ledgerStatusLabels[locale][value as TaskStatus] ?? value;
    return value;
  });
}
