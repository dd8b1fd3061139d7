import zhCN from '../../../../shared/labels/zh-CN.json';
import enUS from '../../../../shared/labels/en-US.json';
import type { Lang } from '../../i18n/lang';

// The audit log's words come from the one shared catalog the server renders rows with
// (shared/labels, groups auditAction / auditEntity), so the filter and the rows say the same.
const catalogs = { 'zh-CN': zhCN, 'en-US': enUS } as const;

/** Every action and record kind the server audits, offered in the filter; another code still shows as itself. */
export const commonActions = Object.keys(zhCN.auditAction);
export const commonEntities = Object.keys(zhCN.auditEntity);

/** `task.signOff` → 销号; an unknown code shows as it is. */
export function actionLabel(code: string, lang: Lang): string {
  return (catalogs[lang].auditAction as Record<string, string>)[code] ?? code;
}

export function entityLabel(code: string, lang: Lang): string {
  return (catalogs[lang].auditEntity as Record<string, string>)[code] ?? code;
}
