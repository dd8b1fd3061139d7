import { useCallback } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useTimeZone } from '../../../lib/use-date-time';
import { sourceLabel } from './source-label';

/** `sourceLabel` in the reader's language and the server's zone. */
export function useSourceLabel(): (s: Parameters<typeof sourceLabel>[0]) => string {
  const { lang } = useI18n();
  const timeZone = useTimeZone();
  return useCallback((s) => sourceLabel(s, lang, timeZone), [lang, timeZone]);
}
