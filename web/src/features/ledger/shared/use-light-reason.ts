import { useT } from '../../../i18n/I18nProvider';
import { lightReason, todayIso, type LightFacts } from './light-reason';

/** The tooltip text for a task's light. */
export function useLightReason() {
  const t = useT();
  return (facts: LightFacts): string | undefined => {
    const r = lightReason(facts, todayIso());
    if (!r) return undefined;
    switch (r.key) {
      case 'overdue':
        return t('ledger.lightReason.overdue', { deadline: r.deadline });
      case 'signOffLate':
        return t('ledger.lightReason.signOffLate');
      case 'deadlineNear':
        return t('ledger.lightReason.deadlineNear', { deadline: r.deadline });
      case 'lagging':
        return t('ledger.lightReason.lagging', { milestone: r.milestone, due: r.due });
      case 'reportMissing':
        return t('ledger.lightReason.reportMissing');
      case 'attention':
        return t('ledger.lightReason.attention');
      default:
        return t('ledger.lightReason.onTrack');
    }
  };
}
