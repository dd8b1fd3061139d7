import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, InputNumber, Skeleton, Space } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { isApiError } from '../../api/errors';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { useDraft } from '../../lib/use-draft';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { FormBanner } from '../../lib/FormBanner';
import { DraftNotice } from '../../lib/DraftNotice';
import { policyFields, policyLimits, securityApi, type PasswordPolicy } from './api';

const units: Record<keyof PasswordPolicy, MessageKey> = {
  minLength: 'security.chars',
  minClasses: 'security.classes',
  lockoutThreshold: 'security.times',
  lockoutMinutes: 'security.minutes',
  sessionIdleMinutes: 'security.minutes',
  apiTokenDays: 'security.days',
};

const same = (a: Partial<PasswordPolicy>, b: PasswordPolicy) => policyFields.every((k) => a[k] === b[k]);

/**
 * The password and session policy. Unsaved edits are kept as a draft (a reload, a trip to the
 * login page, a failed save lose nothing); a 400 puts the server's words under the inputs, a
 * 409 or anything else goes in the banner and the fresh policy is reloaded under the typing.
 */
export function PolicyForm() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordPolicy>();
  const remote = useQuery({ queryKey: keys.security.policy(), queryFn: ({ signal }) => securityApi.policy(signal) });
  const client = useQueryClient();
  const [saved, setSaved] = useState<PasswordPolicy | null>(null);
  const [error, setError] = useState<{ text: string; extra?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  // The server's values are the form's initial values; once it is mounted the draft lays the user's typing over them.
  useEffect(() => {
    if (remote.data && !saved) setSaved(remote.data);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote.data]);
  const draft = useDraft<PasswordPolicy>('security.policy', form, { active: saved !== null });

  const onValuesChange = (changed: Partial<PasswordPolicy>, all: PasswordPolicy) => {
    if (saved && same(all, saved)) draft.clear();
    else draft.onValuesChange(changed, all);
  };

  const submit = async (values: PasswordPolicy) => {
    setBusy(true);
    setError(null);
    try {
      const next = await securityApi.setPolicy(values);
      draft.clear();
      setSaved(next);
      client.setQueryData(keys.security.policy(), next);
      form.setFieldsValue(next);
      message.success(t('security.saved'));
    } catch (err) {
      if (isApiError(err) && err.isConflict) {
        setError({ text: errorText(err, t), extra: t('common.keptValues') });
        securityApi.policy().then(setSaved, () => undefined);
      } else if (applyFormError(form, err).banner) setError({ text: errorText(err, t), extra: t('common.keptValues') });
    } finally {
      setBusy(false);
    }
  };

  if (remote.error != null && !saved) return <Alert type="error" showIcon title={errorText(remote.error, t)} action={<Button onClick={() => void remote.refetch()}>{t('common.retry')}</Button>} />;
  if (!saved) return <Skeleton active />;

  return (
    <>
      <DraftNotice
        show={draft.restored}
        onClear={() => {
          draft.clear();
          form.resetFields();
          form.setFieldsValue(saved);
        }}
      />
      <FormBanner error={error?.text ?? null} extra={error?.extra} />
      <Form<PasswordPolicy>
        form={form}
        initialValues={saved}
        name="securityPolicy"
        layout="horizontal"
        labelCol={{ flex: '220px' }}
        wrapperCol={{ flex: 'auto' }}
        onValuesChange={onValuesChange}
        onFinish={(v) => void submit(v)}
        data-testid="policy-form"
        style={{ maxWidth: 720 }}
      >
        {policyFields.map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`security.${name}`)}
            extra={t(`security.${name}Help`)}
            rules={[
              { required: true },
              { type: 'integer', min: policyLimits[name].min, max: policyLimits[name].max },
            ]}
          >
            <InputNumber
              min={policyLimits[name].min}
              max={policyLimits[name].max}
              precision={0}
              suffix={t(units[name])}
              style={{ width: 180 }}
              data-testid={`policy-${name}`}
            />
          </Form.Item>
        ))}
        <Form.Item label=" " colon={false}>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="policy-save">
              {t('common.save')}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                draft.clear();
                setError(null);
                form.resetFields();
                form.setFieldsValue(saved);
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </>
  );
}
