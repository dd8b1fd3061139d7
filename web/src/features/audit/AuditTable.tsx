import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../i18n/I18nProvider';
import { DateTime } from '../../lib/use-date-time';
import type { AuditRow } from './api';
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
      width: 170,
      render: (name: string | null, r) =>
        name === null ? (
          <Typography.Text type="secondary">{t('audit.systemActor')}</Typography.Text>
        ) : (
          <div data-testid="audit-actor">
            <span>{name}</span>
            {r.actorUnit && <div className={styles.sub}>{r.actorUnit}</div>}
          </div>
        ),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '' },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 200,
      render: (code: string, r) => (
        <Tooltip title={code}>
          <Tag color={actionColor(code)} data-testid="audit-action">
            {r.actionLabel}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      render: (_: string, r) => (
        <div data-testid="audit-entity">
          {r.entityLabel}
          {r.entityTitle && <span className={styles.title}>{r.entityTitle}</span>}
          {r.entityId !== null && (
            <div className={styles.sub}>
              {t('audit.entityId')} {r.entityId}
            </div>
          )}
        </div>
      ),
    },
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
        rowExpandable: (r) => r.changes.length > 0,
        expandedRowRender: (r) => <AuditDiff changes={r.changes} hasBefore={r.before !== null} hasAfter={r.after !== null} />,
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
