import { Alert, Card, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { keys } from '../../../api/keys';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import { usePageTitle } from '../../../lib/use-page-title';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { useUnitTree } from '../../units/use-unit-tree';
import { orgCategories } from '../model';
import { pageOf, partyOrgsApi, type Coverage, type CoverageUnit, type CoverageUnitsFilter } from '../api';
import { intParam, PAGE_SIZES, useUrlQuery } from '../shared/use-url-query';

type Line = Coverage['total'];
type Figure = Line['units'];

const bool = (s: string | null) => (s === 'true' ? true : s === 'false' ? false : undefined);
const parse = (p: URLSearchParams): CoverageUnitsFilter => {
  const category = p.get('category');
  return {
    unitId: intParam(p, 'unitId'),
    category: (orgCategories as readonly string[]).includes(category ?? '') ? (category as CoverageUnitsFilter['category']) : undefined,
    covered: bool(p.get('covered')),
    minMembers: intParam(p, 'minMembers'),
  };
};

/** 党的组织覆盖: per category, host units with and without an organization; each figure opens the units (or organizations) it counts. */
export function CoveragePage() {
  const t = useT();
  usePageTitle(t('partyOrgs.coverage.title'));
  const { query, filter, search, setFilters, setPage } = useUrlQuery(parse);
  const units = useUnitTree();
  const figures = useQuery({
    queryKey: keys.partyOrgs.coverage(filter.unitId ?? null),
    queryFn: ({ signal }) => partyOrgsApi.coverage(filter.unitId, signal),
    placeholderData: keepPreviousData,
  });
  // The units of one figure, once a figure was opened (its filters are in the URL).
  const opened = filter.category !== undefined || filter.covered !== undefined || filter.minMembers !== undefined;
  const list = useQuery({
    queryKey: keys.partyOrgs.section('coverageUnits', { search }),
    queryFn: ({ signal }) => partyOrgsApi.coverageUnits(query, signal),
    enabled: opened,
    placeholderData: keepPreviousData,
  });

  const figure = (f: Figure, testId: string, color?: string) => (
    <Link to={pageOf(f.list)} data-testid={testId} style={color && f.count ? { color } : undefined}>
      {f.count}
    </Link>
  );
  const label = (c: Line['category']) => (c === 'all' ? t('partyOrgs.coverage.total') : t(`partyOrgs.category.${c}`));
  const columns: ColumnsType<Line> = [
    { title: t('partyOrgs.coverage.col.category'), dataIndex: 'category', key: 'title', width: 140, render: (c: Line['category']) => label(c) },
    {
      title: t('partyOrgs.coverage.col.hosts'),
      dataIndex: 'units',
      width: 90,
      align: 'right',
      render: (f: Figure, r) => figure(f, `coverage-units-${r.category}`),
    },
    {
      title: t('partyOrgs.coverage.col.covered'),
      dataIndex: 'covered',
      width: 110,
      align: 'right',
      render: (f: Figure, r) => figure(f, `coverage-covered-${r.category}`),
    },
    {
      title: t('partyOrgs.coverage.col.uncovered'),
      dataIndex: 'uncovered',
      width: 110,
      align: 'right',
      render: (f: Figure, r) => figure(f, `coverage-uncovered-${r.category}`, '#cf1322'),
    },
    {
      title: t('partyOrgs.coverage.col.uncoveredWithMembers', { n: figures.data?.threshold ?? 3 }),
      dataIndex: 'uncoveredWithMembers',
      width: 150,
      align: 'right',
      render: (f: Figure, r) => figure(f, `coverage-gap-${r.category}`, '#cf1322'),
    },
    {
      title: t('partyOrgs.coverage.col.rate'),
      dataIndex: 'rate',
      width: 90,
      align: 'right',
      render: (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 1000) / 10}%`),
    },
    {
      title: t('partyOrgs.coverage.col.organizations'),
      dataIndex: 'organizations',
      width: 110,
      render: (list: string) => <Link to={pageOf(list)}>{t('partyOrgs.coverage.openOrganizations')}</Link>,
    },
  ];
  const unitColumns: ColumnsType<CoverageUnit> = [
    { title: t('partyOrgs.coverage.unitName'), dataIndex: 'unit', key: 'title', width: 220, render: (u: CoverageUnit['unit']) => u?.name ?? '' },
    { title: t('partyOrgs.coverage.col.category'), dataIndex: 'category', width: 140, render: (c: CoverageUnit['category']) => t(`partyOrgs.category.${c}`) },
    { title: t('partyOrgs.coverage.memberCount'), dataIndex: 'memberCount', width: 90, align: 'right' },
    {
      title: t('partyOrgs.coverage.col.covered'),
      dataIndex: 'covered',
      width: 120,
      render: (c: boolean) => <Tag color={c ? 'green' : 'red'}>{t(c ? 'partyOrgs.coverage.yes' : 'partyOrgs.coverage.no')}</Tag>,
    },
  ];
  const rows = figures.data ? [...figures.data.categories, figures.data.total] : [];

  return (
    <Card
      title={t('partyOrgs.coverage.title')}
      extra={
        <UnitTreeSelect
          units={units.units}
          allowClear
          value={filter.unitId}
          onChange={(u) => setFilters({ unitId: u ?? undefined })}
          placeholder={t('partyOrgs.coverage.unit')}
          style={{ width: 200 }}
        />
      }
    >
      {figures.error != null && <Alert type="error" showIcon title={errorText(figures.error, t)} style={{ marginBottom: 12 }} />}
      <ResponsiveTable<Line>
        rowKey="category"
        size="middle"
        data-testid="coverage-table"
        loading={figures.isFetching}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {opened && (
        <Card
          size="small"
          style={{ marginTop: 16 }}
          title={t('partyOrgs.coverage.unitsTitle', {
            category: filter.category ? t(`partyOrgs.category.${filter.category}`) : t('partyOrgs.coverage.total'),
            which: filter.covered === undefined ? '' : t(filter.covered ? 'partyOrgs.coverage.col.covered' : 'partyOrgs.coverage.col.uncovered'),
          })}
        >
          <ResponsiveTable<CoverageUnit>
            rowKey={(r) => r.unit?.id ?? 0}
            size="small"
            data-testid="coverage-units"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            columns={unitColumns}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('partyOrgs.coverage.empty') }}
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
      )}
    </Card>
  );
}
