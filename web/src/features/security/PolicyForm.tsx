import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, InputNumber, Skeleton, Space } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { useFormDialog } from '../../lib/use-form-dialog';
import { errorText } from '../../lib/error-text';
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
  const remote = useQuery({ queryKey: keys.security.policy(), queryFn: ({ signal }) => securityApi.policy(signal) });
  const client = useQueryClient();
  const [saved, setSaved] = useState<PasswordPolicy | null>(null);
  // The draft is restored once the server's values are in: it lays the user's typing over them.
  const dialog = useFormDialog<PasswordPolicy>({
    open: saved !== null,
    draftKey: 'security.policy',
    keepAfterSave: true,
    onDraftCleared: () => saved && dialog.form.setFieldsValue(saved),
    // Someone else saved the policy: reload it under the typing.
    conflict: { onConflict: () => void securityApi.policy().then(setSaved, () => undefined), extra: t('common.keptValues') },
  });
  const { form, setError } = dialog;

  // The server's values are the form's initial values.
  useEffect(() => {
    if (remote.data && !saved) setSaved(remote.data);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote.data]);

  const onValuesChange = (changed: Partial<PasswordPolicy>, all: PasswordPolicy) => {
    if (saved && same(all, saved)) dialog.clearDraft();
    else dialog.onValuesChange?.(changed, all);
  };

  const submit = async () => {
    const done = await dialog.submit((values) => securityApi.setPolicy(values));
    if (!done) return;
    setSaved(done.value);
    client.setQueryData(keys.security.policy(), done.value);
    form.setFieldsValue(done.value);
    message.success(t('security.saved'));
  };

  if (remote.error != null && !saved)
    return (
      <Alert type="error" showIcon title={errorText(remote.error, t)} action={<Button onClick={() => void remote.refetch()}>{t('common.retry')}</Button>} />
    );
  if (!saved) return <Skeleton active />;

  return (
    <>
      {dialog.header}
      <Form<PasswordPolicy>
        form={form}
        initialValues={saved}
        name="securityPolicy"
        layout="horizontal"
        labelCol={{ flex: '220px' }}
        wrapperCol={{ flex: 'auto' }}
        onValuesChange={onValuesChange}
        onFinish={() => void submit()}
        data-testid="policy-form"
        style={{ maxWidth: 720 }}
      >
        {policyFields.map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`security.${name}`)}
            extra={t(`security.${name}Help`)}
            rules={[{ required: true }, { type: 'integer', min: policyLimits[name].min, max: policyLimits[name].max }]}
          >
            <InputNumber
              min={policyLimits[name].min}
              max={policyLimits[name].max}
              precision={0}
              inputMode="numeric"
              suffix={t(units[name])}
              style={{ width: 180 }}
              data-testid={`policy-${name}`}
            />
          </Form.Item>
        ))}
        <Form.Item label=" " colon={false}>
          <Space>
            <Button type="primary" htmlType="submit" loading={dialog.busy} data-testid="policy-save">
              {t('common.save')}
            </Button>
            <Button
              disabled={dialog.busy}
              onClick={() => {
                dialog.clearDraft();
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
