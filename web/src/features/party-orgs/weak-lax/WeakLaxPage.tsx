import { useState } from 'react';
import { Alert, Button, Card, Input, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { keys } from '../../../api/keys';
import { useAccess } from '../../../access';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import { useToday } from '../../../lib/use-date-time';
import { usePageTitle } from '../../../lib/use-page-title';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { useUnitTree } from '../../units/use-unit-tree';
import { orgCategories } from '../model';
import { WeakStatusTag } from '../shared/OrgTags';
import { intParam, listParam, PAGE_SIZES, useUrlQuery } from '../shared/use-url-query';
import { weakLaxApi, weakLaxStages, weakLaxStatuses, type WeakLaxFilter, type WeakLaxItem, type WeakLaxStage } from './api';
import { WeakLaxFigures } from './WeakLaxFigures';
import { ScreeningModal } from './ScreeningModal';
import { DesignateModal } from './DesignateModal';

const parse = (p: URLSearchParams): WeakLaxFilter => {
  const stage = p.get('stage');
  return {
    year: intParam(p, 'year'),
    unitId: intParam(p, 'unitId'),
    category: listParam(p, 'category', orgCategories),
    status: listParam(p, 'status', weakLaxStatuses),
    stage: (weakLaxStages as readonly string[]).includes(stage ?? '') ? (stage as WeakLaxStage) : undefined,
    q: p.get('q')?.trim() || undefined,
  };
};

/** 软弱涣散整顿台账: the figures over the year and unit, the screened and designated organizations, 排查登记 and 认定. */
export function WeakLaxPage() {
  const t = useT();
  const access = useAccess();
  const today = useToday();
  usePageTitle(t('partyOrgs.weakLax.title'));
  const { query, filter, search, setFilters, setPage } = useUrlQuery(parse);
  const units = useUnitTree();
  const list = useQuery({
    queryKey: keys.partyOrgs.weakLax(search),
    queryFn: ({ signal }) => weakLaxApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
  const [screening, setScreening] = useState(false);
  const [designating, setDesignating] = useState<WeakLaxItem | null>(null);
  const canManage = access.has('partyOrgs.manage');
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];

  const columns: ColumnsType<WeakLaxItem> = [
    {
      title: t('partyOrgs.weakLax.col.org'),
      dataIndex: ['org', 'name'],
      key: 'title',
      width: 240,
      render: (name: string, r) =>
        r.id !== null ? (
          <Link to={`/party-orgs/weak-lax/${r.id}`} data-testid="weak-lax-link">
            {name}
          </Link>
        ) : (
          <Link to={`/party-orgs/${r.org.id}`}>{name}</Link>
        ),
    },
    { title: t('partyOrgs.weakLax.col.year'), dataIndex: 'year', width: 70 },
    {
      title: t('partyOrgs.col.category'),
      dataIndex: ['org', 'category'],
      width: 110,
      render: (c: WeakLaxItem['org']['category']) => t(`partyOrgs.category.${c}`),
    },
    {
      title: t('partyOrgs.weakLax.col.criteria'),
      dataIndex: 'criteria',
      width: 300,
      render: (cs: WeakLaxItem['criteria']) => cs.map((c) => c.name).join('；'),
    },
    { title: t('partyOrgs.weakLax.col.contactLeader'), dataIndex: 'contactLeader', width: 110 },
    { title: t('partyOrgs.weakLax.col.firstSecretary'), dataIndex: 'firstSecretary', width: 100 },
    { title: t('partyOrgs.weakLax.col.lookBackOn'), dataIndex: 'lookBackOn', width: 110 },
    { title: t('partyOrgs.weakLax.col.status'), dataIndex: 'status', width: 100, render: (s: WeakLaxItem['status']) => <WeakStatusTag status={s} /> },
    ...(canManage
      ? [
          {
            title: t('partyOrgs.col.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, r: WeakLaxItem) =>
              r.status === 'screened' ? (
                <Button size="small" onClick={() => setDesignating(r)} data-testid="weak-lax-designate">
                  {t('partyOrgs.weakLax.designate.button')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('partyOrgs.weakLax.title')}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setScreening(true)} data-testid="weak-lax-screen">
            {t('partyOrgs.weakLax.screen.button')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          value={filter.year ?? 0}
          style={{ width: 120 }}
          onChange={(y: number) => setFilters({ ...filter, year: y || undefined })}
          options={[{ value: 0, label: t('partyOrgs.weakLax.allYears') }, ...years.map((y) => ({ value: y, label: String(y) }))]}
          data-testid="weak-lax-year"
        />
        <UnitTreeSelect
          units={units.units}
          allowClear
          value={filter.unitId}
          onChange={(u) => setFilters({ ...filter, unitId: u ?? undefined })}
          placeholder={t('partyOrgs.filter.unit')}
          style={{ width: 200 }}
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          value={filter.status ?? []}
          placeholder={t('partyOrgs.weakLax.col.status')}
          style={{ width: 200 }}
          onChange={(s: WeakLaxItem['status'][]) => setFilters({ ...filter, status: s.length ? s : undefined, stage: undefined })}
          options={weakLaxStatuses.map((s) => ({ value: s, label: t(`partyOrgs.weakStatus.${s}`) }))}
        />
        <Input.Search
          allowClear
          defaultValue={filter.q}
          placeholder={t('partyOrgs.filter.keyword')}
          style={{ width: 200 }}
          onSearch={(q) => setFilters({ ...filter, q: q.trim() || undefined })}
        />
        {filter.stage && (
          <Button size="small" onClick={() => setFilters({ ...filter, stage: undefined })}>
            {t(`partyOrgs.weakLax.figures.${filter.stage}`)} ✕
          </Button>
        )}
      </Space>
      <WeakLaxFigures year={filter.year} unitId={filter.unitId} />
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <ResponsiveTable<WeakLaxItem>
        rowKey={(r) => `${r.screeningId}`}
        size="middle"
        data-testid="weak-lax-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('partyOrgs.weakLax.empty') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (n) => t('common.total', { total: n }),
          onChange: setPage,
        }}
      />
      {canManage && <ScreeningModal open={screening} year={filter.year ?? thisYear} onClose={() => setScreening(false)} />}
      {canManage && <DesignateModal item={designating} onClose={() => setDesignating(null)} />}
    </Card>
  );
}
