import { Alert, App, Button, Card, Segmented } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { useAccess } from '../../../access';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { useUnitTree } from '../../units/use-unit-tree';
import { orgCategories, orgKinds, partyOrgsApi, type RenewalFilter, type RenewalItem } from '../api';
import { TermStatusLight } from '../shared/OrgTags';
import { intParam, listParam, PAGE_SIZES, useUrlQuery } from '../shared/use-url-query';

const parse = (p: URLSearchParams): RenewalFilter => ({
  unitId: intParam(p, 'unitId'),
  termStatus: listParam(p, 'termStatus', ['overdue', 'dueSoon'] as const),
  category: listParam(p, 'category', orgCategories),
  kind: listParam(p, 'kind', orgKinds),
  q: p.get('q')?.trim() || undefined,
});

/** 换届提醒: terms ended without an election (届满未换届) and terms ending within 6 months, each row with 生成换届任务. */
export function RenewalsPage() {
  const t = useT();
  const access = useAccess();
  const { message, modal } = App.useApp();
  usePageTitle(t('partyOrgs.renewals.title'));
  const { query, filter, search, setFilters, setPage } = useUrlQuery(parse);
  const units = useUnitTree();
  const invalidate = useInvalidate();
  const list = useQuery({
    queryKey: keys.partyOrgs.renewals(search),
    queryFn: ({ signal }) => partyOrgsApi.renewals(query, signal),
    placeholderData: keepPreviousData,
  });
  const canManage = access.has('partyOrgs.manage');
  // Each figure is its list's total under the other filters: a click opens exactly what it counted.
  const { termStatus: _s, ...rest } = filter;
  const counts = useQuery({
    queryKey: keys.partyOrgs.renewals(`counts:${JSON.stringify(rest)}`),
    queryFn: ({ signal }) =>
      Promise.all(
        [undefined, ['overdue' as const], ['dueSoon' as const]].map((termStatus) =>
          partyOrgsApi.renewals({ ...rest, termStatus, page: 1, pageSize: 1 }, signal).then((r) => r.total),
        ),
      ),
    placeholderData: keepPreviousData,
  });
  const n = (i: number) => (counts.data ? ` ${counts.data[i]}` : '');

  const makeTasks = (r: RenewalItem) =>
    modal.confirm({
      title: t('partyOrgs.renewalTasks.button'),
      content: t('partyOrgs.renewalTasks.confirm', { name: r.name }),
      okButtonProps: { 'data-testid': 'renewal-tasks-confirm' },
      onOk: async () => {
        try {
          const done = await partyOrgsApi.renewalTasks(r.id);
          message.success(t('partyOrgs.renewalTasks.done', { count: done.taskIds.length }));
        } catch (err) {
          message.error(errorText(err, t));
        } finally {
          void invalidate(...affectedBy('partyOrg'));
        }
      },
    });

  const columns: ColumnsType<RenewalItem> = [
    {
      title: t('partyOrgs.col.name'),
      dataIndex: 'name',
      key: 'title',
      width: 260,
      render: (name: string, r) => (
        <Link to={`/party-orgs/${r.id}`} data-testid="renewal-link">
          {name}
        </Link>
      ),
    },
    { title: t('partyOrgs.col.kind'), dataIndex: 'kind', width: 90, render: (k: RenewalItem['kind']) => t(`partyOrgs.kind.${k}`) },
    { title: t('partyOrgs.col.hostUnit'), dataIndex: 'hostUnit', width: 160, render: (u: RenewalItem['hostUnit']) => u?.name ?? '' },
    { title: t('partyOrgs.col.termEnd'), dataIndex: 'termEnd', width: 110 },
    {
      title: t('partyOrgs.col.daysLeft'),
      dataIndex: 'daysLeft',
      width: 120,
      render: (d: number) =>
        d < 0 ? <span style={{ color: '#cf1322' }}>{t('partyOrgs.detail.daysOverdue', { days: -d })}</span> : t('partyOrgs.detail.daysLeft', { days: d }),
    },
    { title: t('partyOrgs.col.termStatus'), dataIndex: 'termStatus', width: 130, render: (s: RenewalItem['termStatus']) => <TermStatusLight status={s} /> },
    ...(canManage
      ? [
          {
            title: t('partyOrgs.col.actions'),
            key: 'actions',
            width: 140,
            render: (_: unknown, r: RenewalItem) => (
              <Button size="small" onClick={() => makeTasks(r)} data-testid="renewal-tasks">
                {t('partyOrgs.renewalTasks.button')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('partyOrgs.renewals.title')}
      extra={
        <UnitTreeSelect
          units={units.units}
          allowClear
          value={filter.unitId}
          onChange={(u) => setFilters({ ...filter, unitId: u ?? undefined })}
          placeholder={t('partyOrgs.filter.unit')}
          style={{ width: 200 }}
        />
      }
    >
      <Segmented
        style={{ marginBottom: 12 }}
        value={filter.termStatus?.length === 1 ? filter.termStatus[0] : 'all'}
        onChange={(v) => setFilters({ ...filter, termStatus: v === 'all' ? undefined : [v as 'overdue' | 'dueSoon'] })}
        options={[
          { value: 'all', label: <span data-testid="renewals-all">{t('partyOrgs.renewals.all') + n(0)}</span> },
          { value: 'overdue', label: <span data-testid="renewals-overdue">{t('partyOrgs.renewals.overdue') + n(1)}</span> },
          { value: 'dueSoon', label: <span data-testid="renewals-due-soon">{t('partyOrgs.renewals.dueSoon') + n(2)}</span> },
        ]}
        data-testid="renewals-status"
      />
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <ResponsiveTable<RenewalItem>
        rowKey="id"
        size="middle"
        data-testid="renewal-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('partyOrgs.renewals.empty') }}
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
    </Card>
  );
}
