import { Badge, Tooltip } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import type { LiveState } from '../../../lib/use-live-events';

/** 实时: a green dot while the event stream is open. */
export function LiveBadge({ state, updatedAt, dark }: { state: LiveState; updatedAt?: string; dark?: boolean }) {
  const t = useT();
  const status = state === 'live' ? 'success' : state === 'connecting' ? 'processing' : 'error';
  return (
    <Tooltip title={updatedAt ? t('dashboard.live.updated', { time: updatedAt }) : undefined}>
      <span data-testid="live-indicator" data-state={state}>
        <Badge status={status} text={<span style={{ color: dark ? '#cfd8e3' : undefined }}>{t(`dashboard.live.${state}`)}</span>} />
      </span>
    </Tooltip>
  );
}
