import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import { PAGE_SIZES } from '../shared/use-url-query';
import { TermStatusLight } from '../shared/OrgTags';
import type { PartyOrgItem } from '../api';

interface Props {
  items: PartyOrgItem[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

export function OrgTable({ items, total, loading, page, pageSize, onPage }: Props) {
  const t = useT();
  const columns: ColumnsType<PartyOrgItem> = [
    {
      title: t('partyOrgs.col.name'),
      dataIndex: 'name',
      key: 'title',
      width: 260,
      render: (name: string, r) => (
        <Link to={`/party-orgs/${r.id}`} data-testid="org-link">
          {name}
        </Link>
      ),
    },
    { title: t('partyOrgs.col.kind'), dataIndex: 'kind', width: 90, render: (k: PartyOrgItem['kind']) => t(`partyOrgs.kind.${k}`) },
    { title: t('partyOrgs.col.category'), dataIndex: 'category', width: 110, render: (c: PartyOrgItem['category']) => t(`partyOrgs.category.${c}`) },
    { title: t('partyOrgs.col.parent'), dataIndex: 'parent', width: 180, ellipsis: true, render: (p: PartyOrgItem['parent']) => p?.name ?? '' },
    { title: t('partyOrgs.col.hostUnit'), dataIndex: 'hostUnit', width: 160, ellipsis: true, render: (u: PartyOrgItem['hostUnit']) => u?.name ?? '' },
    { title: t('partyOrgs.col.secretary'), dataIndex: 'secretaryName', width: 90 },
    { title: t('partyOrgs.col.memberCount'), dataIndex: 'memberCount', width: 80, align: 'right' },
    { title: t('partyOrgs.col.termEnd'), dataIndex: 'termEnd', width: 110 },
    { title: t('partyOrgs.col.termStatus'), dataIndex: 'termStatus', width: 130, render: (s: PartyOrgItem['termStatus']) => <TermStatusLight status={s} /> },
  ];
  return (
    <ResponsiveTable<PartyOrgItem>
      rowKey="id"
      size="middle"
      data-testid="org-table"
      loading={loading}
      dataSource={items}
      columns={columns}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('partyOrgs.empty') }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: (n) => t('common.total', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
