import { useState } from 'react';
import { Alert, App, Button, Card, Col, Collapse, Row, Space } from 'antd';
import { ExportOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useT } from '../../../i18n/I18nProvider';
import { useAccess } from '../../../access';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { useIsPhone } from '../../../lib/use-is-phone';
import { downloadFile } from '../../../lib/download';
import { ImportDialog } from '../../../lib/ImportDialog';
import { useUnitTree } from '../../units/use-unit-tree';
import { partyOrgsApi } from '../api';
import { useUrlQuery } from '../shared/use-url-query';
import { parseOrgFilter } from './org-query';
import { OrgFilterBar } from './OrgFilterBar';
import { OrgTable } from './OrgTable';
import { OrgTree } from './OrgTree';
import { OrgFormModal } from '../shared/OrgFormModal';

/** 组织体系: the tree (隶属关系) beside the filtered list; import, export and 新建 for the department. */
export function PartyOrgListPage() {
  const t = useT();
  const access = useAccess();
  const phone = useIsPhone();
  const { message } = App.useApp();
  usePageTitle(t('partyOrgs.title'));
  const { query, filter, search, setFilters, setPage } = useUrlQuery(parseOrgFilter);
  const units = useUnitTree();
  const list = useQuery({
    queryKey: keys.partyOrgs.list(search),
    queryFn: ({ signal }) => partyOrgsApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
  const invalidate = useInvalidate();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const canManage = access.has('partyOrgs.manage');

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadFile(partyOrgsApi.exportUrl(filter));
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setExporting(false);
    }
  };

  const tree = <OrgTree unitId={filter.unitId} />;
  return (
    <Card
      title={t('partyOrgs.title')}
      extra={
        <Space wrap>
          <Button icon={<ExportOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="org-export">
            {t('partyOrgs.export')}
          </Button>
          {canManage && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="org-import">
              {t('partyOrgs.import.button')}
            </Button>
          )}
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="org-create">
              {t('partyOrgs.create.button')}
            </Button>
          )}
        </Space>
      }
    >
      <Row gutter={16}>
        <Col xs={24} lg={7} xxl={6}>
          {phone ? (
            <Collapse size="small" style={{ marginBottom: 12 }} items={[{ key: 'tree', label: t('partyOrgs.tree.title'), children: tree }]} />
          ) : (
            <Card size="small" title={t('partyOrgs.tree.title')} data-testid="org-tree-card">
              {tree}
            </Card>
          )}
        </Col>
        <Col xs={24} lg={17} xxl={18}>
          <OrgFilterBar value={filter} units={units.units} onChange={setFilters} />
          {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
          <OrgTable
            items={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            loading={list.isFetching}
            page={query.page}
            pageSize={query.pageSize}
            onPage={setPage}
          />
        </Col>
      </Row>
      {canManage && <OrgFormModal open={creating} onClose={() => setCreating(false)} />}
      {canManage && (
        <ImportDialog
          open={importing}
          onClose={() => setImporting(false)}
          onImported={() => void invalidate(...affectedBy('partyOrg'))}
          ns="partyOrgs.import"
          testId="org-import"
          templateUrl={partyOrgsApi.importTemplateUrl}
          upload={partyOrgsApi.import}
          undo={{ storageKey: 'luoshi.partyOrgs.lastImport', run: partyOrgsApi.undoImport }}
        />
      )}
    </Card>
  );
}
