import { Progress, Tag, Tooltip, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { DateTime } from '../../../lib/use-date-time';
import type { TaskItem } from '../api';
import { LightDot, StatusTag } from '../shared/StatusTag';
import { useLightReason } from '../shared/use-light-reason';
import type { ColumnKey } from './use-columns';

interface Props {
  items: TaskItem[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  pageSizes: number[];
  visible: ColumnKey[];
  /** Batch dispatch: only for users who manage the ledger; only drafts can be ticked. */
  selectable: boolean;
  selected: number[];
  onSelect: (ids: number[]) => void;
  onPage: (page: number, pageSize: number) => void;
}

export function LedgerTable({ items, total, loading, page, pageSize, pageSizes, visible, selectable, selected, onSelect, onPage }: Props) {
  const t = useT();
  const reason = useLightReason();
  const all: Record<ColumnKey, ColumnsType<TaskItem>[number]> = {
    number: {
      title: t('ledger.col.number'),
      dataIndex: 'number',
      width: 90,
      // 三、一要, not a bare 一要 that every section has.
      render: (n: string, r) =>
        r.parentNumber ? (
          <span data-testid="task-number">
            <Typography.Text type="secondary">{r.parentNumber}</Typography.Text>
            {n}
          </span>
        ) : (
          n
        ),
    },
    title: {
      title: t('ledger.col.title'),
      dataIndex: 'title',
      width: 360,
      render: (title: string, r) => (
        <>
          {r.key && <Tag color="red">{t('ledger.keyTag')}</Tag>}
          <Link to={`/ledger/tasks/${r.id}`} data-testid="task-link">
            {title}
          </Link>
        </>
      ),
    },
    light: {
      title: t('ledger.col.light'),
      dataIndex: 'light',
      width: 90,
      render: (l: TaskItem['light'], r) => (
        <LightDot light={l} reason={reason({ light: l, status: r.status, deadline: r.deadline, lightReasons: r.lightReasons })} />
      ),
    },
    status: { title: t('ledger.col.status'), dataIndex: 'status', width: 110, render: (s: TaskItem['status']) => <StatusTag status={s} /> },
    deadline: {
      title: t('ledger.col.deadline'),
      dataIndex: 'deadline',
      width: 120,
      render: (d: string | null, r) => (d ? <Tooltip title={r.deadlinePhrase}>{d}</Tooltip> : r.deadlinePhrase || t('ledger.noDeadline')),
    },
    leadUnit: { title: t('ledger.col.leadUnit'), dataIndex: 'leadUnit', width: 140, ellipsis: true, render: (u: TaskItem['leadUnit']) => u?.name ?? '' },
    supportingUnits: {
      title: t('ledger.col.supportingUnits'),
      dataIndex: 'supportingUnits',
      width: 180,
      ellipsis: true,
      render: (us: TaskItem['supportingUnits']) => us.map((u) => u.name).join('、'),
    },
    owner: { title: t('ledger.col.owner'), dataIndex: 'owner', width: 100, render: (o: TaskItem['owner']) => o?.name ?? '' },
    category: { title: t('ledger.col.category'), dataIndex: 'category', width: 100, render: (c: TaskItem['category']) => t(`ledger.category.${c}`) },
    source: { title: t('ledger.col.source'), dataIndex: 'source', width: 180, ellipsis: true, render: (s: TaskItem['source']) => s?.title ?? '' },
    progress: { title: t('ledger.col.progress'), dataIndex: 'progress', width: 110, render: (p: number) => <Progress percent={p} size="small" /> },
    latestReport: {
      title: t('ledger.col.latestReport'),
      dataIndex: 'latestReport',
      width: 220,
      render: (s: string | null) =>
        s ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: s }} style={{ margin: 0 }}>
            {s}
          </Typography.Paragraph>
        ) : (
          ''
        ),
    },
    updatedAt: { title: t('ledger.col.updatedAt'), dataIndex: 'updatedAt', width: 160, render: (s: string) => <DateTime iso={s} /> },
  };
  const columns = visible.map((k) => ({ ...all[k], key: k }));
  return (
    <ResponsiveTable<TaskItem>
      rowKey="id"
      size="middle"
      data-testid="ledger-table"
      loading={loading}
      dataSource={items}
      columns={columns}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('ledger.empty') }}
      rowSelection={
        selectable
          ? { selectedRowKeys: selected, onChange: (keys) => onSelect(keys as number[]), getCheckboxProps: (r) => ({ disabled: r.status !== 'draft' }) }
          : undefined
      }
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showQuickJumper: true,
        pageSizeOptions: pageSizes,
        showTotal: (n) => t('common.total', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
