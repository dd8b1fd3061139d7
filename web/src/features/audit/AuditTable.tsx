import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../i18n/I18nProvider';
import { DateTime } from '../../lib/use-date-time';
import type { AuditRow } from './api';
import { actionLabel, entityLabel } from './labels';
import { AuditDiff } from './AuditDiff';
import styles from './audit.module.css';

interface Props {
  items: AuditRow[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  pageSizes: number[];
  onPage: (page: number, pageSize: number) => void;
}

const actionColor = (code: string) =>
  code === 'login.failed' ? 'red' : code === 'delete' || code === 'revoke' ? 'volcano' : code.startsWith('login') || code === 'logout' ? 'blue' : undefined;

export function AuditTable({ items, total, loading, page, pageSize, pageSizes, onPage }: Props) {
  const t = useT();
  const columns: ColumnsType<AuditRow> = [
    { title: 'ID', dataIndex: 'id', width: 80 },
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 180,
      render: (at: string) => <DateTime iso={at} seconds />,
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      width: 150,
      render: (name: string | null) => name ?? <Typography.Text type="secondary">{t('audit.systemActor')}</Typography.Text>,
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '' },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 200,
      render: (code: string) => (
        <Tooltip title={code}>
          <Tag color={actionColor(code)} data-testid="audit-action">
            {actionLabel(code, t)}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      width: 160,
      render: (code: string) => (
        <>
          {entityLabel(code, t)}
          {entityLabel(code, t) !== code && <span className={styles.code}>{code}</span>}
        </>
      ),
    },
    { title: t('audit.entityId'), dataIndex: 'entityId', render: (id: string | null) => id ?? '' },
  ];
  return (
    <Table<AuditRow>
      rowKey="id"
      size="middle"
      data-testid="audit-table"
      loading={loading}
      dataSource={items}
      columns={columns}
      scroll={{ x: 1000 }}
      expandable={{
        rowExpandable: (r) => r.before !== null || r.after !== null,
        expandedRowRender: (r) => <AuditDiff before={r.before} after={r.after} />,
      }}
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
