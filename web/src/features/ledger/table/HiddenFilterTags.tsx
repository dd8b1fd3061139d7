import { Tag } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import type { TaskQuery } from '../api';
import { hiddenFilterKeys, type HiddenFilterKey } from './ledger-query';

/** Filters that came with a link (a dashboard figure, an owner) and have no field: visible and removable. */
export function HiddenFilterTags({ query, onRemove }: { query: TaskQuery; onRemove: (key: HiddenFilterKey) => void }) {
  const t = useT();
  const active = hiddenFilterKeys.filter((k) => query[k] !== undefined);
  if (active.length === 0) return null;
  const value = (k: HiddenFilterKey) => {
    const v = query[k];
    if (k === 'onTime') return t(v ? 'ledger.hiddenFilter.onTimeYes' : 'ledger.hiddenFilter.onTimeNo');
    if (k === 'ids') return t('ledger.hiddenFilter.idsCount', { count: Array.isArray(v) ? v.length : 0 });
    return String(v);
  };
  return (
    <div style={{ marginBottom: 12 }} data-testid="ledger-hidden-filters">
      {active.map((k) => (
        <Tag key={k} closable onClose={() => onRemove(k)} color="blue">
          {t(`ledger.hiddenFilter.${k}`)}
          {k === 'onTime' || k === 'pendingReview' || k === 'uninstructed' ? '' : t('common.colon')}
          {k === 'pendingReview' || k === 'uninstructed' ? '' : value(k)}
        </Tag>
      ))}
    </div>
  );
}
