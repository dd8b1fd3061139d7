import { useEffect, useState } from 'react';
import { Alert, Spin } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { useMe } from '../../../session/SessionProvider';
import { sourcesApi } from '../api';
import { InputStep } from './InputStep';
import { ReviewScreen } from './ReviewScreen';
import { draftFromParse, useReviewDraft, type ReviewDraft } from './use-review-draft';

export function NewSourcePage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('ledgerSources.create'));
  const review = useReviewDraft(me.user.id);
  const from = Number(useSearchParams()[0].get('from')) || null;
  if (!review.draft && from) return <FromSource id={from} onReady={review.start} />;
  if (!review.draft) return <InputStep onParsed={(p) => review.start(draftFromParse(p))} />;
  return <ReviewScreen draft={review.draft} restored={review.restored} update={review.update} onRestart={review.clear} onPublished={review.clear} />;
}

/** /sources/new?from=<id>: a source made from a 批示 (转为来源): its text parsed, its title kept, published into it. */
function FromSource({ id, onReady }: { id: number; onReady: (d: ReviewDraft) => void }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const source = await sourcesApi.get(id);
        const parsed = await sourcesApi.parseText(source.text);
        const draft = draftFromParse(parsed);
        if (live) onReady({ ...draft, meta: { kind: source.kind, title: source.title, date: source.date, issuer: source.issuer }, sourceId: source.id });
      } catch (err) {
        if (live) setError(errorText(err, t));
      }
    })();
    return () => {
      live = false;
    };
  }, [id, onReady, t]);
  if (error) return <Alert type="error" showIcon title={error} data-testid="source-from-error" />;
  return <Spin style={{ display: 'block', margin: 80 }} />;
}
