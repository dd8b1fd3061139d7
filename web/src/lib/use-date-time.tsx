import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../session/SessionProvider';
import { DEFAULT_TIME_ZONE, dayIn, formatDateTime, type DateTimeOptions } from './date-time';

/** The zone the server names for this session (GET /api/me), Asia/Shanghai before it is known. */
export function useTimeZone(): string {
  const { state } = useSession();
  return state.status === 'authenticated' ? state.me.timeZone || DEFAULT_TIME_ZONE : DEFAULT_TIME_ZONE;
}

/** Today (YYYY-MM-DD) in the server's zone: what "overdue" and "this month" mean on the ledger. */
export function useToday(): string {
  return dayIn(useTimeZone());
}

/** `(iso) => text`: every date-time the web shows goes through this, in the reader's language and the server's zone. */
export function useDateTime(): (iso: string | null | undefined, options?: DateTimeOptions) => string {
  const { lang } = useI18n();
  const timeZone = useTimeZone();
  return useCallback((iso, options) => formatDateTime(iso, lang, timeZone, options), [lang, timeZone]);
}

/** A date-time inside JSX, e.g. a table cell's render; the raw timestamp stays in the tooltip and the markup. */
export function DateTime({ iso, seconds }: { iso: string | null | undefined; seconds?: boolean }) {
  const format = useDateTime();
  return iso ? (
    <time dateTime={iso} title={iso}>
      {format(iso, { seconds })}
    </time>
  ) : null;
}
