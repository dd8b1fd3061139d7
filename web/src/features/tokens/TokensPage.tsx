import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useT } from '../../i18n/I18nProvider';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';
import { errorText } from '../../lib/error-text';
import { usePageTitle } from '../../lib/use-page-title';
import { useDateTime } from '../../lib/use-date-time';
import { tokensApi, type ApiToken } from './api';
import { TokenCreateModal } from './TokenCreateModal';

/** 我的令牌: everyone's own personal API tokens. */
export default function TokensPage() {
  const t = useT();
  const fmt = useDateTime();
  const { message } = App.useApp();
  usePageTitle(t('tokens.title'));
  const list = useQuery({ queryKey: keys.tokens.all, queryFn: ({ signal }) => tokensApi.list(signal) });
  const invalidate = useInvalidate();
  const changed = () => void invalidate(keys.tokens.all);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<number | null>(null);

  const revoke = async (token: ApiToken) => {
    setRevoking(token.id);
    try {
      await tokensApi.revoke(token.id);
      message.success(t('tokens.revokedDone'));
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setRevoking(null);
      changed();
    }
  };

  const columns: ColumnsType<ApiToken> = [
    { title: t('tokens.name'), dataIndex: 'name', ellipsis: true },
    { title: t('tokens.prefix'), dataIndex: 'prefix', width: 150, render: (p: string) => <code>{p}…</code> },
    { title: t('tokens.createdAt'), dataIndex: 'createdAt', width: 170, render: (s: string) => fmt(s) },
    {
      title: t('tokens.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      width: 170,
      render: (at: string | null) => (at ? fmt(at) : <Typography.Text type="secondary">{t('tokens.neverUsed')}</Typography.Text>),
    },
    { title: t('tokens.expiresAt'), dataIndex: 'expiresAt', width: 170, render: (s: string) => fmt(s) },
    {
      title: t('tokens.status'),
      dataIndex: 'revokedAt',
      width: 220,
      render: (at: string | null, row: ApiToken) =>
        !at && dayjs(row.expiresAt).isBefore(dayjs()) ? (
          <Tag data-testid="token-status">{t('tokens.expired')}</Tag>
        ) : at ? (
          <>
            <Tag data-testid="token-status">{t('tokens.revoked')}</Tag>
            <Typography.Text type="secondary">{t('tokens.revokedAt', { at: fmt(at) })}</Typography.Text>
          </>
        ) : (
          <Tag color="green" data-testid="token-status">
            {t('tokens.active')}
          </Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, token) =>
        !token.revokedAt && (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: token.name })}
            okText={t('tokens.revoke')}
            okButtonProps={{ danger: true, 'data-testid': 'token-revoke-confirm' }}
            onConfirm={() => revoke(token)}
          >
            <Button type="link" danger size="small" loading={revoking === token.id} data-testid="token-revoke">
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card
      title={t('tokens.title')}
      data-testid="tokens-page"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
          {t('tokens.create')}
        </Button>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('tokens.usageTitle')}
        description={
          <>
            <Typography.Paragraph style={{ marginBottom: 8 }}>{t('tokens.usage')}</Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              <Typography.Text code copyable={{ text: 'Authorization: Bearer ' }}>
                Authorization: Bearer &lt;token&gt;
              </Typography.Text>
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              <Typography.Text code>curl -H &quot;Authorization: Bearer &lt;token&gt;&quot; {window.location.origin}/api/me</Typography.Text>
            </Typography.Paragraph>
            <Typography.Text type="secondary">{t('tokens.usageSafety')}</Typography.Text>{' '}
            <Typography.Text type="secondary">{t('tokens.expiryNote')}</Typography.Text>
          </>
        }
      />
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <Table<ApiToken>
        rowKey="id"
        size="middle"
        data-testid="tokens-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('tokens.empty') }}
        scroll={{ x: 800 }}
        rowClassName={(r) => (r.revokedAt ? 'ant-table-row-disabled' : '')}
      />
      <TokenCreateModal open={creating} onClose={() => setCreating(false)} onCreated={changed} />
    </Card>
  );
}
