import { Button, Space, Typography } from 'antd';
import { BankOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useT } from '../i18n/I18nProvider';
import { useMe, useSession } from '../session/SessionProvider';
import { LangSwitch } from './LangSwitch';
import { NotificationBell } from '../features/notifications/NotificationBell';

export function TopBar() {
  const t = useT();
  const { user } = useMe();
  const { logout } = useSession();
  return (
    <Space size="large" wrap={false}>
      <Space size={4}>
        <BankOutlined />
        <Typography.Text data-testid="topbar-unit">{user.unitName}</Typography.Text>
      </Space>
      <Space size={4}>
        <UserOutlined />
        <Typography.Text strong data-testid="topbar-user">
          {user.displayName}
        </Typography.Text>
      </Space>
      <NotificationBell />
      <LangSwitch />
      <Button type="text" icon={<LogoutOutlined />} data-testid="logout" onClick={() => void logout()}>
        {t('shell.logout')}
      </Button>
    </Space>
  );
}
