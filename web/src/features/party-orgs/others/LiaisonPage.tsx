import { Alert, Card, List, Tag } from 'antd';
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
import { intParam, useUrlQuery } from '../shared/use-url-query';
import { orgWorkApi, type LiaisonPoints } from './api';

type Point = LiaisonPoints['items'][number];
const parse = (p: URLSearchParams) => ({ unitId: intParam(p, 'unitId') });

/** 书记联系点: which committee secretary links to which branch, and the committees whose secretary has none. */
export function LiaisonPage() {
  const t = useT();
  usePageTitle(t('partyOrgs.liaison.title'));
  const { filter, setFilters } = useUrlQuery(parse);
  const units = useUnitTree();
  const list = useQuery({
    queryKey: keys.partyOrgs.section('liaisonPoints', filter),
    queryFn: ({ signal }) => orgWorkApi.liaisonPoints(filter.unitId, signal),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<Point> = [
    { title: t('partyOrgs.liaison.col.secretary'), dataIndex: 'secretaryName', key: 'title', width: 120 },
    {
      title: t('partyOrgs.liaison.col.committee'),
      dataIndex: 'committee',
      width: 240,
      render: (o: Point['committee']) => <Link to={`/party-orgs/${o.id}`}>{o.name}</Link>,
    },
    {
      title: t('partyOrgs.liaison.col.branches'),
      dataIndex: 'branch',
      width: 260,
      render: (o: Point['branch']) => <Link to={`/party-orgs/${o.id}`}>{o.name}</Link>,
    },
  ];
  const lacking = list.data?.lacking;
  return (
    <Card
      title={t('partyOrgs.liaison.title')}
      extra={
        <UnitTreeSelect
          units={units.units}
          allowClear
          value={filter.unitId}
          onChange={(u) => setFilters({ unitId: u ?? undefined })}
          placeholder={t('partyOrgs.filter.unit')}
          style={{ width: 200 }}
        />
      }
    >
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      {lacking && (
        <Alert
          type={lacking.total ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="liaison-lacking"
          title={lacking.total ? `${t('partyOrgs.liaison.lacking')}（${lacking.total}）` : t('partyOrgs.liaison.lackingNone')}
          description={
            lacking.total > 0 && (
              <List
                size="small"
                dataSource={lacking.items}
                renderItem={(o) => (
                  <List.Item>
                    <Link to={`/party-orgs/${o.id}`}>{o.name}</Link>
                    {o.secretaryName && <Tag style={{ marginInlineStart: 8 }}>{o.secretaryName}</Tag>}
                  </List.Item>
                )}
              />
            )
          }
        />
      )}
      <ResponsiveTable<Point>
        rowKey="id"
        size="middle"
        data-testid="liaison-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={false}
        locale={{ emptyText: t('partyOrgs.liaison.empty') }}
      />
    </Card>
  );
}
