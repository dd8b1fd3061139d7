import { useState } from 'react';
import { Alert, Button, Card } from 'antd';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { DateTime } from '../../../lib/use-date-time';
import { sourcesApi, type SourceSummary } from '../api';

export function SourceList() {
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t('ledgerSources.title'));
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useQuery({
    queryKey: keys.sources.list(page.page, page.pageSize),
    queryFn: ({ signal }) => sourcesApi.list(page.page, page.pageSize, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Card
      title={t('ledgerSources.list')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/sources/new')} data-testid="source-create">
          {t('ledgerSources.create')}
        </Button>
      }
    >
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <ResponsiveTable<SourceSummary>
        rowKey="id"
        size="middle"
        data-testid="sources-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('ledgerSources.empty') }}
        columns={[
          { title: t('ledgerSources.colTitle'), dataIndex: 'title', render: (title: string, s) => <Link to={`/ledger/sources/${s.id}`}>{title}</Link> },
          { title: t('ledgerSources.colKind'), dataIndex: 'kind', width: 110, render: (k: SourceSummary['kind']) => t(`ledger.sourceKind.${k}`) },
          { title: t('ledgerSources.colIssuer'), dataIndex: 'issuer', width: 140 },
          { title: t('ledgerSources.colDate'), dataIndex: 'date', width: 120 },
          {
            title: t('ledgerSources.colTasks'),
            dataIndex: 'taskCount',
            width: 90,
            render: (n: number | undefined, s) => <Link to={`/ledger?sourceId=${s.id}`}>{n ?? 0}</Link>,
          },
          { title: t('ledgerSources.colCreated'), dataIndex: 'createdAt', width: 160, render: (v: string) => <DateTime iso={v} /> },
          {
            title: t('common.actions'),
            key: 'open',
            width: 110,
            render: (_, s) => <Link to={`/ledger?sourceId=${s.id}`}>{t('ledgerSources.openTasks')}</Link>,
          },
        ]}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => t('common.total', { total: n }),
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
        }}
      />
    </Card>
  );
}
