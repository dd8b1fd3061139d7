import { useState } from 'react';
import { Alert, App, Button, Card, Space } from 'antd';
import { ExportOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { useAccess } from '../../../access';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { useUnitTree } from '../../units/use-unit-tree';
import { downloadFile } from '../../../lib/download';
import { problemsApi } from '../api';
import { useCategories } from '../shared/use-categories';
import { filtersOf, PAGE_SIZES } from './problem-query';
import { useProblemQuery } from './use-problem-query';
import { ProblemFilterBar } from './ProblemFilterBar';
import { StatusCounts } from './StatusCounts';
import { ProblemTable } from './ProblemTable';
import { ProblemCreateModal } from './ProblemCreateModal';
import { ProblemImportModal } from './ProblemImportModal';

export function ProblemListPage() {
  const t = useT();
  const access = useAccess();
  const { message } = App.useApp();
  usePageTitle(t('problems.title'));
  const { query, search, setFilters, patchFilters, setPage } = useProblemQuery();
  const tree = useUnitTree();
  const categories = useCategories();
  const list = useQuery({ queryKey: keys.problems.list(search), queryFn: ({ signal }) => problemsApi.list(query, signal), placeholderData: keepPreviousData });
  const invalidate = useInvalidate();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const canManage = access.has('problems.manage');
  const filter = filtersOf(query);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadFile(problemsApi.exportUrl(filter));
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={t('problems.title')}
      extra={
        <Space wrap>
          <Button icon={<ExportOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="problem-export">
            {t('problems.export')}
          </Button>
          {canManage && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="problem-import">
              {t('problems.import.button')}
            </Button>
          )}
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="problem-create">
              {t('problems.create.button')}
            </Button>
          )}
        </Space>
      }
    >
      <StatusCounts filter={filter} onPick={(s) => patchFilters({ status: s ? [s] : undefined })} />
      <ProblemFilterBar value={filter} units={tree.units} categories={categories} onChange={setFilters} />
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <ProblemTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        pageSizes={PAGE_SIZES}
        onPage={setPage}
      />
      {canManage && <ProblemCreateModal open={creating} units={tree.units} categories={categories} onClose={() => setCreating(false)} />}
      {canManage && <ProblemImportModal open={importing} onClose={() => setImporting(false)} onImported={() => void invalidate(...affectedBy('problem'))} />}
    </Card>
  );
}
