import { Card, Space, Tag, Typography } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { hasMessage } from '../../i18n/messages';
import { useMe } from '../../session/SessionProvider';
import { usePageTitle } from '../../lib/use-page-title';
import { roleLabel } from '../roles/role-label';
import { ToDoCards } from './ToDoCards';

/** Everyone's landing page: a short greeting, then the to-do (待办) of the user's roles. */
export default function HomePage() {
  const t = useT();
  const { user, grants } = useMe();
  usePageTitle(t('menu.home'));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="home-welcome">
          {t('home.welcome', { name: user.displayName })}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 14, marginInlineStart: 8 }}>
            {user.unitName}
          </Typography.Text>
        </Typography.Title>
        <div data-testid="home-roles" style={{ marginTop: 8 }}>
          {grants.length === 0 ? (
            <Typography.Text type="secondary">{t('home.noRoles')}</Typography.Text>
          ) : (
            <Space wrap size={[4, 4]}>
              {grants.map((g) => {
                const scopeKey = `roles.scope.${g.scope}`;
                return (
                  <Tag key={`${g.roleCode}@${g.unitId}`} color="red" style={{ whiteSpace: 'normal' }}>
                    {t('home.roleAt', { role: roleLabel(g.roleCode, t, g.roleName), unit: g.unitName })}
                    {hasMessage(scopeKey) ? ` · ${t(scopeKey)}` : ''}
                  </Tag>
                );
              })}
            </Space>
          )}
        </div>
      </Card>
      <ToDoCards />
    </Space>
  );
}
