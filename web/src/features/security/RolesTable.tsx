import { Alert, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../i18n/I18nProvider';
import { hasMessage } from '../../i18n/messages';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { errorText } from '../../lib/error-text';
import { listRoles, type Role } from '../roles/api';
import { roleLabel } from '../roles/role-label';
import { permissionLabel } from './permission-label';

/** Read-only: the roles, their data scope and permissions. Grants are edited on the users page. */
export function RolesTable() {
  const t = useT();
  const roles = useQuery({ queryKey: keys.roles.all, queryFn: ({ signal }) => listRoles(signal) });
  const columns: ColumnsType<Role> = [
    {
      title: t('security.role'),
      dataIndex: 'name',
      width: 180,
      render: (name: string, r) => (
        <>
          <Typography.Text strong>{roleLabel(r.code, t, name)}</Typography.Text>{' '}
          <Tag bordered={false}>{r.builtin ? t('security.builtin') : t('security.custom')}</Tag>
        </>
      ),
    },
    { title: t('security.roleCode'), dataIndex: 'code', width: 130, render: (c: string) => <code>{c}</code> },
    {
      title: t('security.dataScope'),
      dataIndex: 'dataScope',
      width: 140,
      render: (s: string) => {
        const key = `roles.scope.${s}`;
        return hasMessage(key) ? t(key) : s;
      },
    },
    {
      title: t('security.permissions'),
      dataIndex: 'permissions',
      render: (codes: string[]) =>
        codes.length === 0 ? (
          <Typography.Text type="secondary">{t('security.noPermissions')}</Typography.Text>
        ) : (
          codes.map((c) => (
            <Tooltip key={c} title={c}>
              <Tag style={{ marginBottom: 4 }}>{permissionLabel(c, t)}</Tag>
            </Tooltip>
          ))
        ),
    },
  ];
  return (
    <>
      {roles.error != null && <Alert type="error" showIcon title={errorText(roles.error, t)} style={{ marginBottom: 16 }} />}
      <Table<Role>
        rowKey="id"
        size="middle"
        data-testid="roles-table"
        loading={roles.isFetching}
        dataSource={roles.data?.items ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 800 }}
      />
    </>
  );
}
