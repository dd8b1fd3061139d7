import { useState } from 'react';
import { Alert, Button, Card, Col, Row, Select, Space, Statistic, Tag } from 'antd';
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
import { pageOf } from '../api';
import { intParam, PAGE_SIZES, useUrlQuery } from '../shared/use-url-query';
import { useAccess } from '../../../access';
import { IncomeModal } from './IncomeModal';
import { incomeClasses, orgWorkApi, type Income, type IncomeClass, type IncomeFilter } from './api';

const classColor: Record<IncomeClass, string> = { hollow: 'red', weak: 'orange', ok: 'green', unreported: 'default' };
const parse = (p: URLSearchParams): Partial<IncomeFilter> => {
  const c = p.get('class');
  return {
    year: intParam(p, 'year'),
    unitId: intParam(p, 'unitId'),
    class: (incomeClasses as readonly string[]).includes(c ?? '') ? (c as IncomeClass) : undefined,
  };
};

/** 村级集体经济: each village's income of the year; 空壳村 and 薄弱村 counted, each count opening its villages. */
export function EconomyPage() {
  const t = useT();
  const thisYear = Number(useToday().slice(0, 4));
  usePageTitle(t('partyOrgs.economy.title'));
  const { query, filter, search, setFilters, setPage } = useUrlQuery(parse);
  // Incomes are reported after the year ends: last year unless the URL says otherwise.
  const year = filter.year ?? thisYear - 1;
  const units = useUnitTree();
  const list = useQuery({
    queryKey: keys.partyOrgs.section('incomes', { search, year }),
    queryFn: ({ signal }) => orgWorkApi.incomes({ ...query, year }, signal),
    placeholderData: keepPreviousData,
  });
  const counts = list.data?.counts;
  const canManage = useAccess().has('partyOrgs.manage');
  const [editing, setEditing] = useState<Income | null>(null);
  const tiles = [
    { key: 'villages', label: t('partyOrgs.economy.figures.villages'), f: counts?.villages },
    ...incomeClasses.map((c) => ({ key: c, label: t(`partyOrgs.economy.class.${c}`), f: counts?.[c] })),
  ];
  const columns: ColumnsType<Income> = [
    {
      title: t('partyOrgs.economy.col.org'),
      dataIndex: ['org', 'name'],
      key: 'title',
      width: 260,
      render: (n: string, r) => <Link to={`/party-orgs/${r.org.id}`}>{n}</Link>,
    },
    { title: t('partyOrgs.economy.col.year'), dataIndex: 'year', width: 70 },
    {
      title: t('partyOrgs.economy.col.income'),
      dataIndex: 'income',
      width: 160,
      align: 'right',
      render: (n: number | null) => (n === null ? '' : n.toLocaleString('zh-CN')),
    },
    {
      title: t('partyOrgs.economy.col.level'),
      dataIndex: 'class',
      width: 100,
      render: (c: IncomeClass) => <Tag color={classColor[c]}>{t(`partyOrgs.economy.class.${c}`)}</Tag>,
    },
    ...(canManage
      ? [
          {
            title: t('partyOrgs.col.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, r: Income) => (
              <Button size="small" onClick={() => setEditing(r)} data-testid="income-edit">
                {t('partyOrgs.economy.report')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('partyOrgs.economy.title')}
      extra={list.data && <span style={{ color: '#888' }}>{t('partyOrgs.economy.weakBelow', { amount: list.data.weakBelow.toLocaleString('zh-CN') })}</span>}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          value={year}
          style={{ width: 120 }}
          onChange={(y: number) => setFilters({ ...filter, year: y })}
          options={[0, 1, 2, 3, 4].map((d) => ({ value: thisYear - d, label: String(thisYear - d) }))}
        />
        <UnitTreeSelect
          units={units.units}
          allowClear
          value={filter.unitId}
          onChange={(u) => setFilters({ ...filter, unitId: u ?? undefined })}
          placeholder={t('partyOrgs.filter.unit')}
          style={{ width: 200 }}
        />
      </Space>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="economy-figures">
        {tiles.map((x) => (
          <Col key={x.key} xs={12} md={8} xl={4}>
            <Link to={x.f ? pageOf(x.f.list) : '#'} data-testid={`economy-figure-${x.key}`}>
              <Card size="small" hoverable style={filter.class === x.key ? { borderColor: '#c4161c' } : undefined}>
                <Statistic title={x.label} value={x.f?.count ?? '–'} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <ResponsiveTable<Income>
        rowKey={(r) => r.org.id}
        size="middle"
        data-testid="economy-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('partyOrgs.economy.empty') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (n) => t('common.total', { total: n }),
          onChange: setPage,
        }}
      />
      {canManage && <IncomeModal row={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
