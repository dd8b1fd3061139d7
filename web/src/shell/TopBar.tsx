import { Button, Space, Typography } from 'antd';
import { BankOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useT } from '../i18n/I18nProvider';
import { useMe, useSession } from '../session/SessionProvider';
import { LangSwitch } from './LangSwitch';
import { NotificationBell } from '../features/notifications/NotificationBell';
import styles from './shell.module.css';

export function UnitName() {
  const { user } = useMe();
  return (
    <Space size={4}>
      <BankOutlined />
      <Typography.Text data-testid="topbar-unit" className={styles.unit}>
        {user.unitName}
      </Typography.Text>
    </Space>
  );
}

/**
 * The user, the bell, the language and log-out. `compact` (the phone's header) keeps the name,
 * the bell and an icon-only log-out; the unit and the language move into the menu drawer.
 */
export function TopBar({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const { user } = useMe();
  const { logout } = useSession();
  const logOut = () => void logout();
  if (compact) {
    return (
      <div className={styles.compactBar}>
        <Typography.Text strong data-testid="topbar-user" ellipsis className={styles.compactUser}>
          {user.displayName}
        </Typography.Text>
        <NotificationBell />
        <Button type="text" icon={<LogoutOutlined />} data-testid="logout" aria-label={t('shell.logout')} title={t('shell.logout')} onClick={logOut} />
      </div>
    );
  }
  return (
    <Space size="large" wrap={false}>
      <UnitName />
      <Space size={4}>
        <UserOutlined />
        <Typography.Text strong data-testid="topbar-user">
          {user.displayName}
        </Typography.Text>
      </Space>
      <NotificationBell />
      <LangSwitch />
      <Button type="text" icon={<LogoutOutlined />} data-testid="logout" onClick={logOut}>
        {t('shell.logout')}
      </Button>
    </Space>
  );
}
