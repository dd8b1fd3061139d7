import { Table, Typography } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import type { BriefingFigures, BriefingOverdueUnit, BriefingUnitRow } from './api';

/** 各单位推进情况 as generated (read-only: the figures are the ledger's). */
export function UnitsTable({ figures }: { figures: BriefingFigures }) {
  const t = useT();
  return (
    <Table<BriefingUnitRow>
      size="small"
      rowKey="unit"
      bordered
      pagination={false}
      data-testid="briefing-units-table"
      dataSource={figures.rows}
      columns={[
        { title: t('briefings.table.unit'), dataIndex: 'unit' },
        { title: t('briefings.table.total'), dataIndex: 'total', width: 90, align: 'right' },
        { title: t('briefings.table.signedOff'), dataIndex: 'signedOff', width: 90, align: 'right' },
        { title: t('briefings.table.rate'), dataIndex: 'rate', width: 90, align: 'right' },
        {
          title: t('briefings.table.overdue'),
          dataIndex: 'overdue',
          width: 90,
          align: 'right',
          render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : n),
        },
      ]}
    />
  );
}

/** 存在逾期任务的单位 with their tasks (read-only). */
export function OverdueTable({ figures }: { figures: BriefingFigures }) {
  const t = useT();
  if (!figures.overdueUnits.length) return null;
  return (
    <Table<BriefingOverdueUnit>
      size="small"
      rowKey="unit"
      bordered
      pagination={false}
      data-testid="briefing-overdue-table"
      dataSource={figures.overdueUnits}
      columns={[
        { title: t('briefings.overdueTable.unit'), dataIndex: 'unit', width: 180 },
        { title: t('briefings.overdueTable.count'), dataIndex: 'count', width: 90, align: 'right' },
        {
          title: t('briefings.overdueTable.tasks'),
          key: 'tasks',
          render: (_, u) =>
            u.tasks.map((task, i) => (
              <div key={i}>
                {task.number} {task.title}
                {task.deadline ? `（${task.deadline}）` : ''}
              </div>
            )),
        },
      ]}
    />
  );
}
