import { Steps } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import type { Milestone } from '../api';
import { todayIso } from '../shared/light-reason';

export function Milestones({ items }: { items: Milestone[] }) {
  const t = useT();
  if (items.length === 0) return <span style={{ color: '#999' }}>{t('ledger.detail.noMilestones')}</span>;
  const today = todayIso();
  return (
    <Steps
      size="small"
      orientation="vertical"
      data-testid="task-milestones"
      items={items.map((m) => ({
        title: `${m.due} ${m.title ?? ''}`,
        status: m.doneOn ? 'finish' : m.due < today ? 'error' : 'wait',
        content: m.doneOn ? t('ledger.detail.milestoneDone', { date: m.doneOn }) : t('ledger.detail.milestonePending'),
      }))}
    />
  );
}
