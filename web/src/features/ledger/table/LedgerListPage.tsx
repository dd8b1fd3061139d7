import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Space, Tabs } from 'antd';
import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { useAccess } from '../../../access';
import { useMe } from '../../../session/SessionProvider';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { isApiError } from '../../../api/errors';
import { useUnitTree } from '../../units/use-unit-tree';
import { categories, type Category } from '../model';
import { ledgerApi, sourcesApi } from '../api';
import { downloadFile } from '../../../lib/download';
import { filtersOf, PAGE_SIZES } from './ledger-query';
import { useLedgerQuery } from './use-ledger-query';
import { allColumns, useColumns, type ColumnKey } from './use-columns';
import { useSavedViews } from './use-saved-views';
import { LedgerFilterBar } from './LedgerFilterBar';
import { SummaryCards } from './SummaryCards';
import { LedgerTable } from './LedgerTable';
import { ColumnChooser } from './ColumnChooser';
import { useIsPhone } from '../../../lib/use-is-phone';
import { SavedViews } from './SavedViews';
import { ImportModal } from './ImportModal';
import { BatchDispatch } from './BatchDispatch';
import { HiddenFilterTags } from './HiddenFilterTags';

export function LedgerListPage() {
  const t = useT();
  const phone = useIsPhone();
  const me = useMe();
  const access = useAccess();
  const { message } = App.useApp();
  usePageTitle(t('ledger.title'));
  const { query: urlQuery, search, setFilters, patchFilters, setPage, setSearch } = useLedgerQuery();
  // One source's tasks read best in the source's own order; otherwise the server's default (deadline).
  const query = urlQuery.sort || !urlQuery.sourceId ? urlQuery : { ...urlQuery, sort: 'number' as const };
  const tree = useUnitTree();
  const sources = useQuery({ queryKey: keys.sources.list(1, 200), queryFn: ({ signal }) => sourcesApi.list(1, 200, signal), select: (r) => r.items });
  const list = useQuery({ queryKey: keys.tasks.list(search), queryFn: ({ signal }) => ledgerApi.list(query, signal), placeholderData: keepPreviousData });
  // The cards count what the list lists: every filter of the list, none of its paging or order.
  const summaryFilter = filtersOf(query);
  const summary = useQuery({
    queryKey: keys.tasks.summary(summaryFilter),
    queryFn: ({ signal }) => ledgerApi.summary(summaryFilter, signal),
    placeholderData: keepPreviousData,
  });
  const invalidate = useInvalidate();
  const columns = useColumns(me.user.id);
  const views = useSavedViews(me.user.id);
  const [selected, setSelected] = useState<number[]>([]);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const canManage = access.has('ledger.manage');

  useEffect(() => setSelected([]), [search]);

  // A dispatch or an import moves the lists, the summary, my work and the dashboard.
  const reload = () => {
    void invalidate(...affectedBy('task'));
    setSelected([]);
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadFile(ledgerApi.exportUrl({ ...filtersOf(query), sort: query.sort }));
    } catch (err) {
      message.error(isApiError(err) && err.status === 404 ? t('ledger.exportMissing') : errorText(err, t));
    } finally {
      setExporting(false);
    }
  };

  const tab = query.category?.length === 1 ? query.category[0] : 'all';

  return (
    <Card
      title={t('ledger.title')}
      extra={
        <Space wrap>
          <SavedViews
            saved={views}
            search={search}
            columns={columns.visible}
            onOpen={(v) => {
              setSearch(v.query);
              if (v.columns.length) columns.set(v.columns.filter((c): c is ColumnKey => (allColumns as readonly string[]).includes(c)));
            }}
          />
          {/* A phone shows each task as a card, not columns: nothing to choose there. */}
          {!phone && <ColumnChooser visible={columns.visible} onChange={columns.set} onReset={columns.reset} />}
          <Button icon={<ExportOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="ledger-export">
            {t('ledger.export')}
          </Button>
          {canManage && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="ledger-import">
              {t('ledger.import.button')}
            </Button>
          )}
          {canManage && <BatchDispatch selected={selected} items={list.data?.items ?? []} onDone={reload} />}
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => patchFilters({ category: k === 'all' ? undefined : [k as Category] })}
        data-testid="ledger-category-tabs"
        items={[{ key: 'all', label: t('ledger.categoryAll') }, ...categories.map((c) => ({ key: c, label: t(`ledger.category.${c}`) }))]}
      />
      <SummaryCards summary={summary.data} loading={summary.isFetching} />
      <LedgerFilterBar value={urlQuery} units={tree.units} sources={sources.data ?? []} onChange={setFilters} />
      <HiddenFilterTags query={urlQuery} onRemove={(k) => patchFilters({ [k]: undefined })} />
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <LedgerTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        pageSizes={PAGE_SIZES}
        visible={columns.visible}
        selectable={canManage}
        selected={selected}
        onSelect={setSelected}
        onPage={setPage}
      />
      {canManage && <ImportModal open={importing} onClose={() => setImporting(false)} onImported={reload} />}
    </Card>
  );
}
