import { Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import type { ProblemItem } from '../api';
import { ProblemLight, ProblemStatusTag, SeverityTag } from '../shared/ProblemTags';

interface Props {
  items: ProblemItem[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  pageSizes: number[];
  onPage: (page: number, pageSize: number) => void;
}

export function ProblemTable({ items, total, loading, page, pageSize, pageSizes, onPage }: Props) {
  const t = useT();
  const columns: ColumnsType<ProblemItem> = [
    {
      title: t('problems.col.finding'),
      dataIndex: 'finding',
      width: 360,
      render: (finding: string, r) => (
        <Link to={`/problems/${r.id}`} data-testid="problem-link">
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, color: 'inherit' }}>
            {finding}
          </Typography.Paragraph>
        </Link>
      ),
    },
    {
      title: t('problems.col.source'),
      dataIndex: 'sourceTitle',
      width: 200,
      ellipsis: true,
      render: (s: string, r) => (
        <>
          <span style={{ color: '#888' }}>{t(`problems.sourceKind.${r.sourceKind}`)}</span> {s}
        </>
      ),
    },
    { title: t('problems.col.category'), dataIndex: 'category', width: 100 },
    { title: t('problems.col.severity'), dataIndex: 'severity', width: 90, render: (s: ProblemItem['severity']) => <SeverityTag severity={s} /> },
    { title: t('problems.col.unit'), dataIndex: 'unit', width: 140, ellipsis: true, render: (u: ProblemItem['unit']) => u?.name ?? '' },
    { title: t('problems.col.deadline'), dataIndex: 'deadline', width: 110 },
    { title: t('problems.col.light'), dataIndex: 'light', width: 90, render: (_: unknown, r) => <ProblemLight problem={r} /> },
    { title: t('problems.col.status'), dataIndex: 'status', width: 100, render: (s: ProblemItem['status']) => <ProblemStatusTag status={s} /> },
    {
      title: t('problems.col.measures'),
      dataIndex: 'measureCounts',
      width: 130,
      render: (c: ProblemItem['measureCounts']) =>
        c.total ? t('problems.measuresDone', { signedOff: c.signedOff, total: c.total }) : <span style={{ color: '#cf1322' }}>{t('problems.noMeasures')}</span>,
    },
  ];
  return (
    <ResponsiveTable<ProblemItem>
      rowKey="id"
      size="middle"
      data-testid="problem-table"
      loading={loading}
      dataSource={items}
      columns={columns}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('problems.empty') }}
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
