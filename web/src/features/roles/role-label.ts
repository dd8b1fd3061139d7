import type { TFunction } from '../../i18n/I18nProvider';
import { hasMessage } from '../../i18n/messages';

/** Built-in roles have names in both languages; a custom role shows the name the server gave it. */
export function roleLabel(code: string, t: TFunction, serverName?: string): string {
  const key = `roles.code.${code}`;
  return hasMessage(key) ? t(key) : (serverName ?? code);
}
