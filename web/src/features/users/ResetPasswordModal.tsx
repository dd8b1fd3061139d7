import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import { usersApi, type User } from './api';

/** 重置密码: a new password for another user; never kept in a draft. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const dialog = useFormDialog<{ password: string }>({ open: user !== null, freshOnOpen: true });

  const submit = async () => {
    if (!user) return;
    const sent = await dialog.submit(({ password }) => usersApi.resetPassword(user.id, password));
    if (!sent) return;
    message.success(t('users.passwordReset'));
    onClose();
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.resetTitle', { name: user?.displayName ?? '' })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      forceRender
    >
      {dialog.header}
      <Form form={dialog.form} name="userResetPassword" layout="vertical">
        <Form.Item name="password" label={t('users.newPassword')} rules={[{ required: true }]} extra={t('users.passwordHelp')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
