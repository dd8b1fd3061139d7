import { Tag } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import type { BriefingStatus } from './api';

export function BriefingStatusTag({ status }: { status: BriefingStatus }) {
  const t = useT();
  return (
    <Tag color={status === 'issued' ? 'success' : 'processing'} data-testid="briefing-status" data-status={status}>
      {t(`briefings.status.${status}`)}
    </Tag>
  );
}
