import { Alert, Card, Space } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useAccess } from '../../access';
import { usePageTitle } from '../../lib/use-page-title';
import { PolicyForm } from './PolicyForm';
import { RolesTable } from './RolesTable';

/** 安全策略: the secAdmin's password and session policy, and the roles they grant from the users page. */
export default function SecurityPage() {
  const t = useT();
  const access = useAccess();
  usePageTitle(t('security.title'));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="security-page">
      {access.has('policy.manage') && (
        <Card title={t('security.policyTitle')}>
          <Alert type="info" showIcon title={t('security.policyHelp')} style={{ marginBottom: 16 }} />
          <PolicyForm />
        </Card>
      )}
      {access.canReadRoles && (
        <Card title={t('security.rolesTitle')}>
          <Alert type="info" showIcon title={t('security.rolesHelp')} style={{ marginBottom: 16 }} />
          <RolesTable />
        </Card>
      )}
    </Space>
  );
}
