import { useState } from 'react';
import { Alert, Button, Card } from 'antd';
import { ResponsiveTable } from '../../lib/ResponsiveTable';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { errorText } from '../../lib/error-text';
import { usePageTitle } from '../../lib/use-page-title';
import { DateTime } from '../../lib/use-date-time';
import { lookBacksApi, type LookBack } from './api';
import { ScopeText } from './ScopeText';
import { useSources } from './use-sources';
import { LookBackCreateModal } from './LookBackCreateModal';

export function LookBackListPage() {
  const t = useT();
  usePageTitle(t('supervision.title'));
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useQuery({
    queryKey: keys.lookBacks.list(paging.page, paging.pageSize),
    queryFn: ({ signal }) => lookBacksApi.list(paging.page, paging.pageSize, signal),
    placeholderData: keepPreviousData,
  });
  const sources = useSources();
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={t('supervision.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="look-back-create">
          {t('supervision.create.button')}
        </Button>
      }
    >
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <ResponsiveTable<LookBack>
        rowKey="id"
        size="middle"
        data-testid="look-back-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('supervision.empty') }}
        columns={[
          {
            title: t('supervision.col.id'),
            dataIndex: 'id',
            width: 80,
            render: (id: number) => (
              <Link to={`/look-backs/${id}`} data-testid="look-back-link">
                #{id}
              </Link>
            ),
          },
          {
            title: t('supervision.col.scope'),
            dataIndex: 'scope',
            width: 220,
            render: (_: unknown, r) => <ScopeText lookBack={r} sourceTitle={r.sourceId ? sources.byId.get(r.sourceId) : undefined} />,
          },
          {
            title: t('supervision.col.scheduledOn'),
            key: 'scheduledOn',
            width: 110,
            render: (_: unknown, l: LookBack) => l.scheduledOn ?? <DateTime iso={l.createdAt} />,
          },
          { title: t('supervision.col.dueOn'), dataIndex: 'dueOn', width: 110, render: (d: string | null) => d ?? '' },
          { title: t('supervision.col.note'), dataIndex: 'note', ellipsis: true },
          {
            title: t('supervision.col.checks'),
            dataIndex: 'counts',
            width: 120,
            render: (c: LookBack['counts'], r) => t('supervision.ofCandidates', { total: c.total, candidates: r.candidates }),
          },
          {
            title: t('supervision.col.progress'),
            dataIndex: 'counts',
            key: 'progress',
            width: 280,
            render: (c: LookBack['counts']) => t('supervision.progress', c),
          },
          { title: t('supervision.col.createdBy'), dataIndex: 'createdBy', width: 100, render: (u: LookBack['createdBy']) => u.name },
          { title: t('supervision.col.createdAt'), dataIndex: 'createdAt', width: 150, render: (s: string) => <DateTime iso={s} /> },
        ]}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => t('common.total', { total: n }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
      <LookBackCreateModal open={creating} sources={sources.items} onClose={() => setCreating(false)} />
    </Card>
  );
}
