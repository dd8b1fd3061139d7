import { useEffect, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { useDraft } from '../../lib/use-draft';
import { FormBanner } from '../../lib/FormBanner';
import { DraftNotice } from '../../lib/DraftNotice';
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

const blankToUndefined = (s?: string) => (s && s.trim() ? s.trim() : undefined);

export function UserCreateModal({ open, units, defaultUnitId, onClose, onCreated }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserInput>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The password is never written to sessionStorage.
  const draft = useDraft('user.create', form, { active: open, omit: ['password'] });

  useEffect(() => {
    if (open) setError(null);
    if (open && defaultUnitId !== undefined && !form.getFieldValue('unitId')) form.setFieldValue('unitId', defaultUnitId);
  }, [open, defaultUnitId, form]);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const user = await usersApi.create({
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        unitId: v.unitId,
        password: v.password,
        phone: blankToUndefined(v.phone),
        email: blankToUndefined(v.email),
      });
      draft.clear();
      form.resetFields();
      message.success(t('users.created', { name: user.displayName }));
      onCreated(user);
    } catch (err) {
      if (applyFormError(form, err).banner) setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'user-create-submit' }}
      confirmLoading={busy}
      forceRender
    >
      <DraftNotice
        show={draft.restored}
        onClear={() => {
          draft.clear();
          form.resetFields();
        }}
      />
      <FormBanner error={error} />
      <Form<CreateUserInput> form={form} name="userCreate" layout="vertical" onValuesChange={draft.onValuesChange} data-testid="user-create-form">
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
