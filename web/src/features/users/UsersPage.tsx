import { useState } from 'react';
import { Alert, Button, Card, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { useAccess } from '../../access';
import { useMe } from '../../session/SessionProvider';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';
import { errorText } from '../../lib/error-text';
import { usePageTitle } from '../../lib/use-page-title';
import { useUnitTree } from '../units/use-unit-tree';
import { usersApi, type User } from './api';
import { useUserFilters } from './use-user-filters';
import { useRoleOptions } from './use-role-options';
import { UserFilterBar } from './UserFilterBar';
import { UsersTable } from './UsersTable';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { GrantsModal } from './GrantsModal';

export default function UsersPage() {
  const t = useT();
  const access = useAccess();
  const me = useMe();
  usePageTitle(t('users.title'));
  const { query, setFilters, setPage, pageSizes } = useUserFilters();
  const tree = useUnitTree();
  const roles = useRoleOptions(access.canReadRoles);
  const list = useQuery({ queryKey: keys.users.list(query), queryFn: ({ signal }) => usersApi.list(query, signal), placeholderData: keepPreviousData });
  const invalidate = useInvalidate();
  const changed = () => void invalidate(keys.users.all);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [granting, setGranting] = useState<User | null>(null);

  return (
    <Card
      title={t('users.title')}
      extra={
        access.canManageUsers && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
            {t('users.create')}
          </Button>
        )
      }
    >
      <UserFilterBar value={query} units={tree.units} roleOptions={roles.codeOptions} onChange={setFilters} />
      {query.locked && (
        <Tag closable color="blue" style={{ marginBottom: 12 }} data-testid="users-locked-filter" onClose={() => setFilters({ ...query, locked: undefined })}>
          {t('users.locked')}
        </Tag>
      )}
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <UsersTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        pageSizes={pageSizes}
        access={access}
        onPage={setPage}
        onEdit={setEditing}
        onResetPassword={setResetting}
        onGrants={setGranting}
        onChanged={changed}
      />
      {access.canManageUsers && (
        <>
          <UserCreateModal
            open={creating}
            units={tree.units}
            defaultUnitId={query.under ?? me.user.unitId}
            onClose={() => setCreating(false)}
            onCreated={() => {
              setCreating(false);
              changed();
            }}
          />
          <UserEditModal
            user={editing}
            units={tree.units}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              changed();
            }}
          />
          <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
        </>
      )}
      {access.canGrantRoles && (
        <GrantsModal
          user={granting}
          roles={roles.roles}
          units={tree.units}
          onClose={() => setGranting(null)}
          onSaved={() => {
            setGranting(null);
            changed();
          }}
        />
      )}
    </Card>
  );
}
