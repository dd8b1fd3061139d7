import { hasMessage } from '../../i18n/messages';
import type { TFunction } from '../../i18n/I18nProvider';

/** A readable label for a notification's kind; null for a kind this app does not know (show the title alone). */
export function kindLabel(kind: string, t: TFunction): string | null {
  const base = kind.startsWith('supervision.reminder.') ? 'supervision.reminder' : kind;
  const key = `notifications.kinds.${base}`;
  return hasMessage(key) ? t(key) : null;
}
