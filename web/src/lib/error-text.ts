import { isApiError } from '../api/errors';
import type { TFunction } from '../i18n/I18nProvider';

/** What to tell the user about a failure: the server's localized message, or ours when there is none. */
export function errorText(err: unknown, t: TFunction): string {
  if (isApiError(err)) {
    if (err.status === 0) return t('common.networkError');
    if (err.message) return err.message;
    return t('common.serverError');
  }
  return t('common.serverError');
}
