import { Table, Typography } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import styles from './audit.module.css';

type Fields = Record<string, unknown>;

function parse(text: string | null): Fields | null {
  if (text === null) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Fields) : { '': v };
  } catch {
    return { '': text };
  }
}

function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'null';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

interface DiffLine {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
  inBefore: boolean;
  inAfter: boolean;
}

/** Field-by-field: what the record held before and after the action; changed fields stand out. */
export function diffLines(beforeText: string | null, afterText: string | null): DiffLine[] {
  const before = parse(beforeText) ?? {};
  const after = parse(afterText) ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => {
    const inBefore = field in before;
    const inAfter = field in after;
    return {
      field,
      before: before[field],
      after: after[field],
      inBefore,
      inAfter,
      changed: inBefore !== inAfter || JSON.stringify(before[field]) !== JSON.stringify(after[field]),
    };
  });
}

export function AuditDiff({ before, after }: { before: string | null; after: string | null }) {
  const t = useT();
  const lines = diffLines(before, after);
  if (lines.length === 0) return <Typography.Text type="secondary">{t('audit.diff.empty')}</Typography.Text>;
  // A create has nothing before and a delete nothing after: show only the side that exists.
  const hasBefore = before !== null;
  const hasAfter = after !== null;
  const cell = (present: boolean, v: unknown, kind: 'before' | 'after', changed: boolean) =>
    present ? (
      <span className={changed ? styles[kind] : undefined} data-testid={`audit-diff-${kind}`}>
        {show(v)}
      </span>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );
  return (
    <Table<DiffLine>
      size="small"
      rowKey="field"
      pagination={false}
      data-testid="audit-diff"
      dataSource={lines}
      className={styles.diff}
      rowClassName={(l) => (l.changed ? styles.changedRow : '')}
      columns={[
        { title: t('audit.diff.field'), dataIndex: 'field', width: 200, render: (f: string) => <code>{f}</code> },
        ...(hasBefore
          ? [{ title: t('audit.diff.before'), key: 'before', render: (_: unknown, l: DiffLine) => cell(l.inBefore, l.before, 'before', l.changed && hasAfter) }]
          : []),
        ...(hasAfter
          ? [
              {
                title: t('audit.diff.after'),
                key: 'after',
                render: (_: unknown, l: DiffLine) =>
                  hasBefore && !l.changed ? <Typography.Text type="secondary">{t('audit.diff.unchanged')}</Typography.Text> : cell(l.inAfter, l.after, 'after', hasBefore),
              },
            ]
          : []),
      ]}
    />
  );
}
