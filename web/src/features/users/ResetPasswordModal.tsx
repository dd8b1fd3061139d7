import { useEffect, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { FormBanner } from '../../lib/FormBanner';
import { usersApi, type User } from './api';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (user) {
      form.resetFields();
      setError(null);
    }
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    const { password } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await usersApi.resetPassword(user.id, password);
      message.success(t('users.passwordReset'));
      onClose();
    } catch (err) {
      if (applyFormError(form, err).banner) setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.resetTitle', { name: user?.displayName ?? '' })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      forceRender
    >
      <FormBanner error={error} />
      <Form form={form} name="userResetPassword" layout="vertical">
        <Form.Item name="password" label={t('users.newPassword')} rules={[{ required: true }]} extra={t('users.passwordHelp')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
