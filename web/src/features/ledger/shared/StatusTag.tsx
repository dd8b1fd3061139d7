import { Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import type { Light, TaskStatus } from '../model';

const statusColor: Record<TaskStatus, string> = {
  draft: 'default',
  dispatched: 'blue',
  acknowledged: 'cyan',
  inProgress: 'processing',
  signOffRequested: 'purple',
  signedOff: 'success',
  reopened: 'orange',
  cancelled: 'default',
  returned: 'error',
  extensionRequested: 'gold',
};

export function StatusTag({ status }: { status: TaskStatus }) {
  const t = useT();
  return (
    <Tag color={statusColor[status]} data-testid="task-status" data-status={status}>
      {t(`ledger.status.${status}`)}
    </Tag>
  );
}

export const lightColor: Record<Light, string> = { red: '#d9363e', yellow: '#f5a623', green: '#2ba471' };

/** The traffic light as a coloured dot with its name (colour alone is not enough for everyone). */
export function LightDot({ light, reason }: { light: Light | null; reason?: string }) {
  const t = useT();
  if (!light) return <span style={{ color: '#bbb' }}>—</span>;
  const dot = (
    <span data-testid="task-light" data-light={light} style={{ whiteSpace: 'nowrap' }}>
      <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: lightColor[light], marginInlineEnd: 6 }} />
      {t(`ledger.light.${light}`)}
    </span>
  );
  return reason ? <Tooltip title={reason}>{dot}</Tooltip> : dot;
}
