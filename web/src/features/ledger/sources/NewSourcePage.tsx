import { useT } from '../../../i18n/I18nProvider';
import { usePageTitle } from '../../../lib/use-page-title';
import { useMe } from '../../../session/SessionProvider';
import { InputStep } from './InputStep';
import { ReviewScreen } from './ReviewScreen';
import { draftFromParse, useReviewDraft } from './use-review-draft';

export function NewSourcePage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('ledgerSources.create'));
  const review = useReviewDraft(me.user.id);
  if (!review.draft) return <InputStep onParsed={(p) => review.start(draftFromParse(p))} />;
  return <ReviewScreen draft={review.draft} restored={review.restored} update={review.update} onRestart={review.clear} onPublished={review.clear} />;
}
