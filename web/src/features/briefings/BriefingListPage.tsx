import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Segmented, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FileExcelOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { usePageTitle } from '../../lib/use-page-title';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { errorText } from '../../lib/error-text';
import { DateTime } from '../../lib/use-date-time';
import { briefingsApi, type BriefingStatus, type BriefingSummary } from './api';
import { BriefingStatusTag } from './BriefingStatusTag';
import { CreateBriefingModal } from './CreateBriefingModal';
import { useDownload } from './download';

const time = (s: string | null) => (s ? <DateTime iso={s} /> : '—');

/** 通报: drafts and issued briefings, newest first; 生成通报 opens a new draft. */
export function BriefingListPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  usePageTitle(t('briefings.title'));
  const [params, setParams] = useSearchParams();
  const status = (['draft', 'issued'] as const).find((s) => s === params.get('status'));
  const list = useQuery({
    queryKey: keys.briefings.list(status),
    queryFn: ({ signal }) => briefingsApi.list(status, signal),
    placeholderData: keepPreviousData,
  });
  const [creating, setCreating] = useState(false);
  const { busy, download } = useDownload();

  const columns: ColumnsType<BriefingSummary> = [
    {
      title: t('briefings.col.title'),
      dataIndex: 'title',
      render: (title: string, b) => (
        <Link to={`/briefings/${b.id}`} data-testid="briefing-link">
          {title}
        </Link>
      ),
    },
    { title: t('briefings.col.period'), key: 'period', width: 210, render: (_, b) => `${b.from} ~ ${b.to}` },
    { title: t('briefings.col.status'), dataIndex: 'status', width: 90, render: (s: BriefingStatus) => <BriefingStatusTag status={s} /> },
    { title: t('briefings.col.createdAt'), dataIndex: 'createdAt', width: 150, render: time },
    { title: t('briefings.col.issuedAt'), dataIndex: 'issuedAt', width: 150, render: time },
    {
      title: t('briefings.col.actions'),
      key: 'actions',
      width: 230,
      render: (_, b) => (
        <Space size="small">
          <Link to={`/briefings/${b.id}`}>{b.status === 'draft' ? t('briefings.open') : t('briefings.view')}</Link>
          <Button
            type="link"
            size="small"
            icon={<FileWordOutlined />}
            loading={busy === briefingsApi.docxUrl(b.id)}
            onClick={() => void download(briefingsApi.docxUrl(b.id))}
          >
            Word
          </Button>
          <Button
            type="link"
            size="small"
            icon={<FileExcelOutlined />}
            loading={busy === briefingsApi.xlsxUrl(b.id)}
            onClick={() => void download(briefingsApi.xlsxUrl(b.id))}
          >
            Excel
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('briefings.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="briefing-create">
          {t('briefings.create')}
        </Button>
      }
    >
      <Segmented
        style={{ marginBottom: 12 }}
        value={status ?? 'all'}
        onChange={(v) => setParams(v === 'all' ? {} : { status: String(v) })}
        options={(['all', 'draft', 'issued'] as const).map((k) => ({ value: k, label: t(`briefings.filter.${k}`) }))}
      />
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <Table<BriefingSummary>
        rowKey="id"
        size="middle"
        data-testid="briefing-table"
        columns={columns}
        dataSource={[...(list.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))}
        loading={list.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('briefings.empty')} /> }}
      />
      <CreateBriefingModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(b) => {
          setCreating(false);
          message.success(t('briefings.created'));
          navigate(`/briefings/${b.id}`);
        }}
      />
    </Card>
  );
}
