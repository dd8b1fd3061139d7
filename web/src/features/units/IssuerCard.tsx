import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/I18nProvider';
import { keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';
import { errorText } from '../../lib/error-text';
import { applyFormError } from '../../lib/form-errors';
import { FormBanner } from '../../lib/FormBanner';
import { issuerApi, type IssuerInput } from './api';

/**
 * 发文机关 and 机关代字: set up once with the unit tree, printed on every 通报 and 督办单. An empty
 * field goes back to the default the server builds from the tree (shown as the placeholder).
 */
export function IssuerCard() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<IssuerInput>();
  const issuer = useQuery({ queryKey: keys.units.issuer(), queryFn: ({ signal }) => issuerApi.get(signal) });
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (issuer.data) form.setFieldsValue({ name: issuer.data.name, code: issuer.data.code });
  }, [issuer.data, form]);

  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await issuerApi.set({ name: v.name?.trim() ?? '', code: v.code?.trim() ?? '' });
      message.success(t('units.issuer.saved'));
      await invalidate(keys.units.issuer());
    } catch (err) {
      if (applyFormError(form, err).banner) setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const code = Form.useWatch('code', form) || issuer.data?.defaults.code || '';
  return (
    <Card title={t('units.issuer.title')} loading={issuer.isLoading} data-testid="issuer-card" style={{ marginTop: 16 }}>
      <FormBanner error={error ?? (issuer.error ? errorText(issuer.error, t) : null)} />
      <Form<IssuerInput> form={form} name="issuer" layout="vertical" onFinish={() => void save()}>
        <Form.Item name="name" label={t('units.issuer.name')} extra={t('units.issuer.nameHint')}>
          <Input maxLength={60} placeholder={issuer.data?.defaults.name} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('units.issuer.code')}
          extra={t('units.issuer.codeHint', { briefing: `${code}通〔2026〕1号`, notice: `${code}督〔2026〕1号` })}
        >
          <Input maxLength={20} placeholder={issuer.data?.defaults.code} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
