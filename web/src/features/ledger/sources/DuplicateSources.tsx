import { useEffect, useMemo, useState } from 'react';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../i18n/I18nProvider';
import { keys } from '../../../api/keys';
import { useDateTime } from '../../../lib/use-date-time';
import { sourcesApi } from '../api';
import { useSourceLabel } from '../shared/use-source-label';

/** A cheap fingerprint of the text for the query's key (the text itself can be megabytes long). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/**
 * 重复录入提醒: before publishing, the sources already entered with this title or this whole text, each a
 * link to its tasks. Entering a document twice would split its work over two ledgers; this only warns.
 */
export function DuplicateSources({ title, text, exceptId }: { title: string; text: string; exceptId?: number }) {
  const t = useT();
  const label = useSourceLabel();
  const dateTime = useDateTime();
  // The title is typed: ask once typing pauses, not at every keystroke.
  const [asked, setAsked] = useState(title.trim());
  useEffect(() => {
    const timer = setTimeout(() => setAsked(title.trim()), 400);
    return () => clearTimeout(timer);
  }, [title]);
  const print = useMemo(() => fingerprint(text), [text]);
  const found = useQuery({
    queryKey: keys.sources.duplicates(asked, print),
    queryFn: () => sourcesApi.duplicates({ title: asked, text }),
    enabled: asked !== '' || text.trim() !== '',
    select: (r) => r.items.filter((s) => s.id !== exceptId),
  });
  const items = found.data ?? [];
  if (!items.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      data-testid="review-duplicates"
      title={t('ledgerSources.review.duplicates', { count: items.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((s) => (
            <li key={s.id} data-testid="review-duplicate">
              <Link to={`/ledger?sourceId=${s.id}`} target="_blank">
                {label(s)}
              </Link>{' '}
              {t(s.sameText ? (s.sameTitle ? 'ledgerSources.review.sameBoth' : 'ledgerSources.review.sameText') : 'ledgerSources.review.sameTitle', {
                at: dateTime(s.createdAt),
                count: s.taskCount,
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
