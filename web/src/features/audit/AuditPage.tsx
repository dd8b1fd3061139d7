import { Alert, Card, Space } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { errorText } from '../../lib/error-text';
import { usePageTitle } from '../../lib/use-page-title';
import { auditApi } from './api';
import { useAuditFilters } from './use-audit-filters';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { useVerify } from './use-verify';
import { AnchorButton } from './AnchorButton';
import { AnchorVerifyButton } from './AnchorVerifyButton';

/** 操作日志: the auditor's read-only view of the append-only, hash-chained log. */
export default function AuditPage() {
  const t = useT();
  usePageTitle(t('audit.title'));
  const { state, query, setFilters, setPage, pageSizes } = useAuditFilters();
  const list = useQuery({ queryKey: keys.audit.list(query), queryFn: ({ signal }) => auditApi.list(query, signal), placeholderData: keepPreviousData });
  const verify = useVerify();

  return (
    <Card title={t('audit.title')} data-testid="audit-page">
      {/* The chain's checks: the whole log, a signed anchor to keep off the server, and against anchors kept earlier. */}
      <Space wrap style={{ marginBottom: 16 }}>
        {verify.button}
        <AnchorButton />
        <AnchorVerifyButton onVerdict={verify.show} />
      </Space>
      {verify.verdict}
      <AuditFilterBar value={state} onChange={setFilters} />
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <AuditTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        page={state.page}
        pageSize={state.pageSize}
        pageSizes={pageSizes}
        onPage={setPage}
      />
    </Card>
  );
}
