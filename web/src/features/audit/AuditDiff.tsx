import { Table, Typography } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import type { AuditChange } from './api';
import styles from './audit.module.css';

/** Field by field, in words: what the record held before and after the action; changed fields stand out. */
export function AuditDiff({ changes, hasBefore, hasAfter }: { changes: AuditChange[]; hasBefore: boolean; hasAfter: boolean }) {
  const t = useT();
  if (changes.length === 0) return <Typography.Text type="secondary">{t('audit.diff.empty')}</Typography.Text>;
  // A create has nothing before and a delete nothing after: show only the side that exists.
  const cell = (v: string | null, kind: 'before' | 'after', changed: boolean) =>
    v !== null ? (
      <span className={changed ? styles[kind] : undefined} data-testid={`audit-diff-${kind}`}>
        {v}
      </span>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );
  return (
    <Table<AuditChange>
      size="small"
      rowKey="field"
      pagination={false}
      data-testid="audit-diff"
      dataSource={changes}
      className={styles.diff}
      rowClassName={(l) => (l.changed ? styles.changedRow : '')}
      columns={[
        {
          title: t('audit.diff.field'),
          dataIndex: 'label',
          width: 200,
          render: (label: string, l: AuditChange) => (
            <span title={l.field} data-testid="audit-diff-field">
              {label}
            </span>
          ),
        },
        ...(hasBefore
          ? [{ title: t('audit.diff.before'), key: 'before', render: (_: unknown, l: AuditChange) => cell(l.before, 'before', l.changed && hasAfter) }]
          : []),
        ...(hasAfter
          ? [
              {
                title: t('audit.diff.after'),
                key: 'after',
                render: (_: unknown, l: AuditChange) =>
                  hasBefore && !l.changed ? <Typography.Text type="secondary">{t('audit.diff.unchanged')}</Typography.Text> : cell(l.after, 'after', hasBefore),
              },
            ]
          : []),
      ]}
    />
  );
}
