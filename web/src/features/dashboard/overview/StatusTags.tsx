import { Tag } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { taskStatuses } from '../../ledger/model';
import type { DashboardOverview } from '../api';
import { FigureLink } from '../shared/FigureLink';

type Counted = keyof DashboardOverview['byStatus'];

/** 任务状态: every status the dashboard counts (all but draft), in the ledger's order, each count opening its list. */
export function StatusTags({ byStatus }: { byStatus: DashboardOverview['byStatus'] }) {
  const t = useT();
  const shown = taskStatuses.filter((s): s is Counted => s in byStatus);
  return (
    <div data-testid="dash-status" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      {shown.map((s) => (
        <FigureLink key={s} figure={byStatus[s]} data-testid={`fig-status-${s}`}>
          <Tag style={{ cursor: 'pointer', fontSize: 14, padding: '4px 10px', margin: 0 }}>
            {t(`ledger.status.${s}`)} <b>{byStatus[s].count}</b>
          </Tag>
        </FigureLink>
      ))}
    </div>
  );
}
