import type { TFunction } from '../../i18n/I18nProvider';
import { hasMessage } from '../../i18n/messages';

/** `audit.read` → 查看操作日志; a code without a label shows as it is. */
export function permissionLabel(code: string, t: TFunction): string {
  const key = `security.permissionLabels.${code.replace(/\./g, '_')}`;
  return hasMessage(key) ? t(key) : code;
}
