import { Card, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { keys } from '../../../api/keys';
import { useT } from '../../../i18n/I18nProvider';
import type { PartyOrgDetail } from '../api';
import { WeakStatusTag } from '../shared/OrgTags';
import { weakLaxApi, type WeakLaxItem } from '../weak-lax/api';

/** The organization's weak-and-lax screenings over the years, each opening its designation. */
export function OrgWeakLaxCard({ org }: { org: PartyOrgDetail }) {
  const t = useT();
  // The ledger list has no organization filter: its keyword finds the name, the rows are then this organization's.
  const query = { q: org.name.slice(0, 100), unitId: org.hostUnit?.id, page: 1, pageSize: 100 };
  const list = useQuery({ queryKey: keys.partyOrgs.weakLax(JSON.stringify(query)), queryFn: ({ signal }) => weakLaxApi.list(query, signal) });
  const rows = (list.data?.items ?? []).filter((r) => r.org.id === org.id);
  const columns = [
    { title: t('partyOrgs.weakLax.col.year'), dataIndex: 'year', width: 80 },
    { title: t('partyOrgs.weakLax.col.criteria'), dataIndex: 'criteria', render: (cs: WeakLaxItem['criteria']) => cs.map((c) => c.name).join('；') },
    { title: t('partyOrgs.weakLax.col.contactLeader'), dataIndex: 'contactLeader', width: 120 },
    {
      title: t('partyOrgs.weakLax.col.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: WeakLaxItem['status'], r: WeakLaxItem) =>
        r.id !== null ? <Link to={`/party-orgs/weak-lax/${r.id}`}>{<WeakStatusTag status={s} />}</Link> : <WeakStatusTag status={s} />,
    },
  ];
  return (
    <Card size="small" title={t('partyOrgs.detail.screenings')} data-testid="org-screenings">
      <Table<WeakLaxItem>
        rowKey="screeningId"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('partyOrgs.detail.noScreenings') }}
      />
    </Card>
  );
}
