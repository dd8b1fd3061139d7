import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import type { TaskItem } from '../../ledger/api';
import { LightDot, StatusTag } from '../../ledger/shared/StatusTag';
import { useLightReason } from '../../ledger/shared/use-light-reason';

/** The measures as the ledger tasks they are: each opens its task page, where the loop runs. */
export function MeasuresTable({ items }: { items: TaskItem[] }) {
  const t = useT();
  const reason = useLightReason();
  const columns: ColumnsType<TaskItem> = [
    {
      title: t('problems.measure.col.title'),
      dataIndex: 'title',
      width: 340,
      render: (title: string, r) => (
        <Link to={`/ledger/tasks/${r.id}`} data-testid="measure-link">
          {title}
        </Link>
      ),
    },
    { title: t('problems.measure.col.leadUnit'), dataIndex: 'leadUnit', width: 140, render: (u: TaskItem['leadUnit']) => u?.name ?? '' },
    { title: t('problems.measure.ownerName'), dataIndex: 'owner', width: 100, render: (o: TaskItem['owner']) => o?.name ?? '' },
    {
      title: t('problems.measure.col.deadline'),
      dataIndex: 'deadline',
      width: 110,
      render: (d: string | null) => d ?? <span style={{ color: '#cf1322' }}>{t('ledger.noDeadline')}</span>,
    },
    { title: t('problems.measure.col.status'), dataIndex: 'status', width: 110, render: (s: TaskItem['status']) => <StatusTag status={s} /> },
    {
      title: t('problems.measure.col.light'),
      dataIndex: 'light',
      width: 90,
      render: (l: TaskItem['light'], r) => (
        <LightDot light={l} reason={reason({ light: l, status: r.status, deadline: r.deadline, lightReasons: r.lightReasons })} />
      ),
    },
  ];
  return (
    <Table<TaskItem>
      rowKey="id"
      size="small"
      data-testid="measure-table"
      dataSource={items}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': 'measure-row', 'data-task-id': r.id }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('problems.measure.empty') }}
    />
  );
}
