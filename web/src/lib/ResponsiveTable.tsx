import { isValidElement, type Key, type ReactNode } from 'react';
import { Card, Checkbox, Empty, Pagination, Spin, Table, type TableProps } from 'antd';
import type { ColumnGroupType, ColumnType, ColumnsType } from 'antd/es/table';
import { useIsPhone } from './use-is-phone';
import styles from './responsive-table.module.css';

type Row = object;

function leaves<T extends Row>(columns: ColumnsType<T>): ColumnType<T>[] {
  return columns.flatMap((c) => ('children' in c ? leaves((c as ColumnGroupType<T>).children) : [c as ColumnType<T>])).filter((c) => !c.hidden);
}

function valueAt(row: Row, dataIndex: ColumnType<Row>['dataIndex']): unknown {
  const path = dataIndex === undefined ? [] : Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  return path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[k as string]), row);
}

/** A column's cell as the table would draw it, without the table. */
function cell<T extends Row>(col: ColumnType<T>, row: T, index: number): ReactNode {
  const value = valueAt(row, col.dataIndex as ColumnType<Row>['dataIndex']);
  const out: unknown = col.render ? col.render(value, row, index) : value;
  // render may answer { children, props } (rowSpan and the like): a card wants the children.
  if (out && typeof out === 'object' && !isValidElement(out) && 'children' in out) return (out as { children: ReactNode }).children;
  return out as ReactNode;
}

const isEmpty = (n: ReactNode) => n === null || n === undefined || n === '' || n === false;
const colKey = <T extends Row>(c: ColumnType<T>) => String(c.key ?? (Array.isArray(c.dataIndex) ? c.dataIndex.join('.') : (c.dataIndex ?? '')));
const title = <T extends Row>(c: ColumnType<T>): ReactNode => (typeof c.title === 'function' ? c.title({}) : c.title);

/**
 * A wide list that a phone can read: antd's Table on a desk, the same columns as one card per row
 * below 768 px (the `title` column, else the first, heads the card; `actions` columns go last).
 * Pages pass what they pass to Table; the cards reuse each column's render.
 */
export function ResponsiveTable<T extends Row>(props: TableProps<T>) {
  const phone = useIsPhone();
  if (!phone) return <Table<T> {...props} />;
  return <CardList<T> {...props} />;
}

function CardList<T extends Row>({ columns = [], dataSource = [], rowKey, loading, locale, pagination, rowSelection, ...rest }: TableProps<T>) {
  const testId = (rest as { 'data-testid'?: string })['data-testid'];
  const cols = leaves(columns);
  const head = cols.find((c) => colKey(c) === 'title') ?? cols[0];
  const actions = cols.filter((c) => c !== head && colKey(c) === 'actions');
  const fields = cols.filter((c) => c !== head && !actions.includes(c));
  const keyOf = (r: T, i: number): Key => (typeof rowKey === 'function' ? rowKey(r, i) : ((r as Record<string, Key>)[rowKey ?? 'key'] ?? i));
  const selected = new Set(rowSelection?.selectedRowKeys ?? []);
  const toggle = (k: Key, on: boolean) => {
    const next = on ? [...selected, k] : [...selected].filter((x) => x !== k);
    const rows = dataSource.filter((r, i) => next.includes(keyOf(r, i)));
    rowSelection?.onChange?.(next, rows, { type: 'single' });
  };
  const spinning = typeof loading === 'object' ? loading.spinning : loading;
  return (
    <div data-testid={testId} data-layout="cards" className={styles.list}>
      <Spin spinning={!!spinning}>
        {dataSource.length === 0 && !spinning && (isEmpty(locale?.emptyText as ReactNode) ? <Empty /> : <Empty description={locale?.emptyText as ReactNode} />)}
        {dataSource.map((row, i) => {
          const k = keyOf(row, i);
          const box = rowSelection && (
            <Checkbox
              checked={selected.has(k)}
              disabled={rowSelection.getCheckboxProps?.(row)?.disabled}
              onChange={(e) => toggle(k, e.target.checked)}
              aria-label={String(k)}
            />
          );
          return (
            <Card key={k} size="small" className={styles.card} data-row-key={k}>
              <div className={styles.head}>
                {box}
                <div className={styles.headText}>{head && cell(head, row, i)}</div>
              </div>
              <dl className={styles.fields}>
                {fields.map((c) => {
                  const v = cell(c, row, i);
                  if (isEmpty(v)) return null;
                  return (
                    <div key={colKey(c)} className={styles.field}>
                      <dt>{title(c)}</dt>
                      <dd>{v}</dd>
                    </div>
                  );
                })}
              </dl>
              {actions.length > 0 && (
                <div className={styles.actions}>
                  {actions.map((c) => (
                    <div key={colKey(c)}>{cell(c, row, i)}</div>
                  ))}
                </div>
              )}
            </Card>
          );
        })}
      </Spin>
      {pagination && (
        <Pagination
          simple
          className={styles.pager}
          current={pagination.current}
          pageSize={pagination.pageSize}
          total={pagination.total}
          showTotal={pagination.showTotal}
          onChange={pagination.onChange}
        />
      )}
    </div>
  );
}
