import { Alert, Card, Segmented, Select, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { keys } from '../../../api/keys';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import { useToday } from '../../../lib/use-date-time';
import { usePageTitle } from '../../../lib/use-page-title';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { useUnitTree } from '../../units/use-unit-tree';
import { orgCategories } from '../model';
import { intParam, listParam, PAGE_SIZES, useUrlQuery } from '../shared/use-url-query';
import { orgWorkApi, type Assessment, type AssessmentFilter } from './api';

const parse = (p: URLSearchParams): AssessmentFilter => ({
  year: intParam(p, 'year'),
  unitId: intParam(p, 'unitId'),
  category: listParam(p, 'category', orgCategories),
  belowStandard: p.get('belowStandard') === 'true' ? true : undefined,
});

/** 标准化规范化建设: each organization's yearly assessment (yes/no items met, score), and those below standard. */
export function StandardizationPage() {
  const t = useT();
  const thisYear = Number(useToday().slice(0, 4));
  usePageTitle(t('partyOrgs.standardization.title'));
  const { query, filter, search, setFilters, setPage } = useUrlQuery(parse);
  const units = useUnitTree();
  const list = useQuery({
    queryKey: keys.partyOrgs.section('assessments', { search }),
    queryFn: ({ signal }) => orgWorkApi.assessments(query, signal),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<Assessment> = [
    {
      title: t('partyOrgs.standardization.col.org'),
      dataIndex: ['org', 'name'],
      key: 'title',
      width: 260,
      render: (n: string, r) => <Link to={`/party-orgs/${r.org.id}`}>{n}</Link>,
    },
    {
      title: t('partyOrgs.standardization.col.category'),
      dataIndex: ['org', 'category'],
      width: 110,
      render: (c: Assessment['org']['category']) => t(`partyOrgs.category.${c}`),
    },
    { title: t('partyOrgs.standardization.col.year'), dataIndex: 'year', width: 70 },
    { title: t('partyOrgs.standardization.col.itemsMet'), key: 'met', width: 90, render: (_: unknown, r) => `${r.metCount}/${r.itemCount}` },
    { title: t('partyOrgs.standardization.col.score'), dataIndex: 'score', width: 70, align: 'right' },
    {
      title: t('partyOrgs.standardization.col.below'),
      dataIndex: 'belowStandard',
      width: 100,
      render: (b: boolean) => <Tag color={b ? 'red' : 'green'}>{t(b ? 'partyOrgs.standardization.below' : 'partyOrgs.standardization.met')}</Tag>,
    },
  ];
  return (
    <Card
      title={t('partyOrgs.standardization.title')}
      extra={list.data && <span style={{ color: '#888' }}>{t('partyOrgs.standardization.threshold', { score: list.data.threshold })}</span>}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          value={filter.year ?? 0}
          style={{ width: 120 }}
          onChange={(y: number) => setFilters({ ...filter, year: y || undefined })}
          options={[{ value: 0, label: t('partyOrgs.weakLax.allYears') }, ...[0, 1, 2, 3].map((d) => ({ value: thisYear - d, label: String(thisYear - d) }))]}
        />
        <UnitTreeSelect
          units={units.units}
          allowClear
          value={filter.unitId}
          onChange={(u) => setFilters({ ...filter, unitId: u ?? undefined })}
          placeholder={t('partyOrgs.filter.unit')}
          style={{ width: 200 }}
        />
        <Segmented
          value={filter.belowStandard ? 'below' : 'all'}
          onChange={(v) => setFilters({ ...filter, belowStandard: v === 'below' ? true : undefined })}
          options={[
            { value: 'all', label: t('partyOrgs.renewals.all') },
            { value: 'below', label: <span data-testid="standard-below">{t('partyOrgs.standardization.belowOnly')}</span> },
          ]}
        />
      </Space>
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <ResponsiveTable<Assessment>
        rowKey="id"
        size="middle"
        data-testid="standard-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('partyOrgs.standardization.empty') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (n) => t('common.total', { total: n }),
          onChange: setPage,
        }}
      />
    </Card>
  );
}
