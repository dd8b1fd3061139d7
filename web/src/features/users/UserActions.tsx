import { App, Button, Dropdown, Space, type MenuProps } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import type { Access } from '../../access';
import { usersApi, type User } from './api';

interface Props {
  user: User;
  access: Access;
  onEdit: (u: User) => void;
  onResetPassword: (u: User) => void;
  onGrants: (u: User) => void;
  onChanged: () => void;
}

/** Row actions; each appears only when /api/me granted the permission behind it. */
export function UserActions({ user, access, onEdit, onResetPassword, onGrants, onChanged }: Props) {
  const t = useT();
  const { modal, message } = App.useApp();

  const confirmThen = (content: string, run: () => Promise<unknown>, done: string) =>
    modal.confirm({
      content,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await run();
          message.success(done);
        } catch (err) {
          message.error(errorText(err, t));
        }
        onChanged();
      },
    });

  const more: MenuProps['items'] = [];
  if (access.canManageUsers) {
    more.push({ key: 'reset', label: t('users.resetPassword'), onClick: () => onResetPassword(user) });
    if (user.locked) {
      more.push({
        key: 'unlock',
        label: t('users.unlock'),
        onClick: () => confirmThen(t('users.confirmUnlock', { name: user.displayName }), () => usersApi.unlock(user.id), t('users.unlocked')),
      });
    }
    const disabling = user.status === 'active';
    more.push({
      key: 'status',
      danger: disabling,
      label: disabling ? t('users.disable') : t('users.enable'),
      onClick: () =>
        confirmThen(
          t(disabling ? 'users.confirmDisable' : 'users.confirmEnable', { name: user.displayName }),
          () => usersApi.update(user.id, { version: user.version, status: disabling ? 'disabled' : 'active' }),
          disabling ? t('users.disabled') : t('users.enabled'),
        ),
    });
  }

  return (
    <Space size={0} wrap>
      {access.canManageUsers && (
        <Button type="link" size="small" onClick={() => onEdit(user)} data-testid={`user-edit-${user.username}`}>
          {t('users.edit')}
        </Button>
      )}
      {access.canGrantRoles && (
        <Button type="link" size="small" onClick={() => onGrants(user)} data-testid={`user-grants-${user.username}`}>
          {t('users.grants')}
        </Button>
      )}
      {more.length > 0 && (
        <Dropdown menu={{ items: more }} trigger={['click']}>
          <Button type="link" size="small" data-testid={`user-more-${user.username}`}>
            {t('common.more')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Space>
  );
}
