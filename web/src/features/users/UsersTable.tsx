import { Tag } from 'antd';
import { ResponsiveTable } from '../../lib/ResponsiveTable';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../i18n/I18nProvider';
import type { Access } from '../../access';
import { roleLabel } from '../roles/role-label';
import type { User } from './api';
import { UserActions } from './UserActions';

interface Props {
  items: User[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  pageSizes: number[];
  access: Access;
  onPage: (page: number, pageSize: number) => void;
  onEdit: (u: User) => void;
  onResetPassword: (u: User) => void;
  onGrants: (u: User) => void;
  onChanged: () => void;
}

export function UsersTable({ items, total, loading, page, pageSize, pageSizes, access, onPage, ...actions }: Props) {
  const t = useT();
  const showActions = access.canManageUsers || access.canGrantRoles;
  const columns: ColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username', width: 140 },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 160 },
    { title: t('users.unit'), dataIndex: 'unitName', ellipsis: true },
    { title: t('users.phone'), dataIndex: 'phone', width: 140, render: (v: string | null) => v ?? '' },
    { title: t('users.email'), dataIndex: 'email', ellipsis: true, render: (v: string | null) => v ?? '' },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (roles: User['roles']) =>
        roles.length === 0
          ? t('users.noGrants')
          : roles.map((g) => (
              <Tag key={`${g.roleCode}@${g.unitId}`} title={g.unitName}>
                {roleLabel(g.roleCode, t)}
              </Tag>
            )),
    },
    {
      title: t('users.status'),
      dataIndex: 'status',
      width: 160,
      render: (status: User['status'], u) => (
        <>
          <Tag color={status === 'active' ? 'green' : 'default'}>{t(`users.statusValues.${status}`)}</Tag>
          {u.locked && <Tag color="orange">{t('users.locked')}</Tag>}
        </>
      ),
    },
  ];
  if (showActions) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      fixed: 'end',
      render: (_, u) => <UserActions user={u} access={access} {...actions} />,
    });
  }
  return (
    <ResponsiveTable<User>
      rowKey="id"
      size="middle"
      data-testid="users-table"
      loading={loading}
      dataSource={items}
      columns={columns}
      scroll={{ x: 1000 }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showQuickJumper: true,
        pageSizeOptions: pageSizes,
        showTotal: (n) => t('common.total', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
