import type { TFunction } from '../../i18n/I18nProvider';
import { hasMessage } from '../../i18n/messages';

/** Actions offered in the filter; any other code the server sends still shows (as its code). */
export const commonActions = [
  'login',
  'login.failed',
  'logout',
  'create',
  'update',
  'delete',
  'revoke',
  'user.grants',
  'user.resetPassword',
  'user.changePassword',
  'user.unlock',
  'task.dispatch',
  'task.acknowledge',
  'task.report',
  'task.requestSignOff',
  'task.signOff',
  'task.returnSignOff',
  'task.requestExtension',
  'task.approveExtension',
  'task.refuseExtension',
  'task.reopen',
  'task.cancel',
  'task.import',
  'task.export',
  'report.accepted',
  'report.returned',
  'problem.accept',
  'problem.refuseAcceptance',
  'problem.import',
  'problem.export',
];

export const commonEntities = ['user', 'unit', 'task', 'problem', 'source', 'file', 'briefing', 'lookBack', 'policy', 'setting', 'apiToken'];

/** `login.failed` → 登录失败; `task.signOff` → 任务操作：销号; an unknown code shows as it is. */
export function actionLabel(code: string, t: TFunction): string {
  const key = `audit.actions.${code.replace(/\./g, '_')}`;
  if (hasMessage(key)) return t(key);
  if (code.startsWith('task.')) {
    const rest = code.slice(5);
    const sub = `audit.taskActions.${rest}`;
    return t('audit.taskAction', { action: hasMessage(sub) ? t(sub) : rest });
  }
  return code;
}

export function entityLabel(code: string, t: TFunction): string {
  const key = `audit.entities.${code}`;
  return hasMessage(key) ? t(key) : code;
}
