import { Alert, App, Button, Input, Space } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { copyText } from '../../lib/copy-text';

/** The one and only sight of a new token's secret, with a copy button and a warning that says so. */
export function TokenSecret({ token }: { token: string }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="warning" showIcon title={t('tokens.secretWarning')} data-testid="token-secret-warning" />
      <Space.Compact style={{ width: '100%' }}>
        <Input
          readOnly
          value={token}
          data-testid="token-secret"
          style={{ fontFamily: 'monospace' }}
          onFocus={(e) => e.currentTarget.select()}
          autoComplete="off"
          spellCheck={false}
        />
        <Button
          type="primary"
          icon={<CopyOutlined />}
          data-testid="token-copy"
          onClick={() => void copyText(token).then((ok) => (ok ? message.success(t('tokens.copied')) : message.warning(t('tokens.copyFailed'))))}
        >
          {t('tokens.copy')}
        </Button>
      </Space.Compact>
    </Space>
  );
}
