import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import type { TreeUnit } from '../units/api';
import { usersApi, type CreateUserInput, type User } from './api';
import { UserProfileFields } from './UserFields';

interface Props {
  open: boolean;
  units: TreeUnit[];
  defaultUnitId?: number;
  onClose: () => void;
  onCreated: (user: User) => void;
}

const blankToUndefined = (s?: string | null) => (s && s.trim() ? s.trim() : undefined);

export function UserCreateModal({ open, units, defaultUnitId, onClose, onCreated }: Props) {
  const t = useT();
  const { message } = App.useApp();
  // The password is never written to sessionStorage.
  const dialog = useFormDialog<CreateUserInput>({
    open,
    draftKey: 'user.create',
    omit: ['password'],
    onDraftCleared: () => defaultUnitId !== undefined && dialog.form.setFieldValue('unitId', defaultUnitId),
  });
  const { form, setError } = dialog;

  useEffect(() => {
    if (open) setError(null);
    if (open && defaultUnitId !== undefined && !form.getFieldValue('unitId')) form.setFieldValue('unitId', defaultUnitId);
  }, [open, defaultUnitId, form, setError]);

  const submit = async () => {
    const saved = await dialog.submit((v) =>
      usersApi.create({
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        unitId: v.unitId,
        password: v.password,
        phone: blankToUndefined(v.phone),
        email: blankToUndefined(v.email),
      }),
    );
    if (!saved) return;
    message.success(t('users.created', { name: saved.value.displayName }));
    onCreated(saved.value);
  };

  return (
    <Modal
      open={open}
      title={t('users.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'user-create-submit' }}
      confirmLoading={dialog.busy}
      forceRender
    >
      {dialog.header}
      <Form<CreateUserInput> form={form} name="userCreate" layout="vertical" onValuesChange={dialog.onValuesChange} data-testid="user-create-form">
        <Form.Item name="username" label={t('users.username')} rules={[{ required: true, whitespace: true, max: 50 }]}>
          <Input maxLength={50} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <UserProfileFields units={units} />
        <Form.Item name="password" label={t('users.password')} rules={[{ required: true }]} extra={t('users.passwordHelp')}>
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
