import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { hasMessage } from '../../i18n/messages';
import { useMe } from '../../session/SessionProvider';
import { usePageTitle } from '../../lib/use-page-title';
import { roleLabel } from '../roles/role-label';

export default function HomePage() {
  const t = useT();
  const { user, grants } = useMe();
  usePageTitle(t('menu.home'));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} data-testid="home-welcome">
          {t('home.welcome', { name: user.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('home.unit')}>{user.unitName}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('home.yourRoles')} data-testid="home-roles">
        {grants.length === 0 ? (
          <Empty description={t('home.noRoles')} />
        ) : (
          <Space wrap>
            {grants.map((g) => {
              const scopeKey = `roles.scope.${g.scope}`;
              return (
                <Tag key={`${g.roleCode}@${g.unitId}`} color="red">
                  {t('home.roleAt', { role: roleLabel(g.roleCode, t, g.roleName), unit: g.unitName })}
                  {hasMessage(scopeKey) ? ` · ${t(scopeKey)}` : ''}
                </Tag>
              );
            })}
          </Space>
        )}
      </Card>
    </Space>
  );
}
