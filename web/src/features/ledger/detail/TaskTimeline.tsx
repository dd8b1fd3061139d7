import { Timeline } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { hasMessage } from '../../../i18n/messages';
import type { TimelineEntry } from '../api';

export function TaskTimeline({ items }: { items: TimelineEntry[] }) {
  const t = useT();
  const label = (action: string) => {
    const key = `ledger.timelineAction.${action}`;
    return hasMessage(key) ? t(key) : action;
  };
  return (
    <Timeline
      data-testid="task-timeline"
      items={items.map((e, i) => ({
        key: i,
        content: (
          <>
            <div>
              <strong>{label(e.action)}</strong>
              <span style={{ color: '#888', marginInlineStart: 8 }}>
                {e.actor ?? ''} {e.at.replace('T', ' ').slice(0, 16)}
              </span>
            </div>
            {e.deadline && <div style={{ color: '#666' }}>{t('ledger.col.deadline')}：{e.deadline}</div>}
            {e.reason && <div style={{ color: '#666', whiteSpace: 'pre-wrap' }}>{e.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
