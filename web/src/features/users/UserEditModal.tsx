import { useEffect, useState } from 'react';
import { App, Form, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { isApiError } from '../../api/errors';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { FormBanner } from '../../lib/FormBanner';
import type { TreeUnit } from '../units/api';
import { usersApi, type UpdateUserInput, type User } from './api';
import { UserProfileFields } from './UserFields';

interface Values {
  displayName: string;
  unitId: number;
  phone?: string;
  email?: string;
}

interface Props {
  user: User | null;
  units: TreeUnit[];
  onClose: () => void;
  onSaved: (user: User) => void;
}

const norm = (s?: string | null) => (s && s.trim() ? s.trim() : null);

export function UserEditModal({ user, units, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ text: string; extra?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // After a conflict the fresh record replaces `user`'s version, never what the user typed.
  const [current, setCurrent] = useState<User | null>(user);
  const openId = user?.id;

  useEffect(() => {
    setCurrent(user);
    if (user) {
      form.setFieldsValue({ displayName: user.displayName, unitId: user.unitId, phone: user.phone ?? undefined, email: user.email ?? undefined });
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openId]);

  const submit = async () => {
    if (!current) return;
    const v = await form.validateFields();
    // Send only what changed: a masked phone (138****1234) sent back would overwrite the real one.
    const patch: UpdateUserInput = { version: current.version };
    if (v.displayName.trim() !== current.displayName) patch.displayName = v.displayName.trim();
    if (v.unitId !== current.unitId) patch.unitId = v.unitId;
    if (norm(v.phone) !== norm(current.phone)) patch.phone = norm(v.phone);
    if (norm(v.email) !== norm(current.email)) patch.email = norm(v.email);
    setBusy(true);
    setError(null);
    try {
      const saved = Object.keys(patch).length > 1 ? await usersApi.update(current.id, patch) : current;
      message.success(t('users.updated'));
      onSaved(saved);
    } catch (err) {
      if (isApiError(err) && err.isConflict) {
        setError({ text: err.message, extra: t('units.reloaded') });
        usersApi.get(current.id).then(setCurrent, () => undefined);
      } else if (applyFormError(form, err).banner) setError({ text: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.editTitle', { name: user?.displayName ?? '' })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      forceRender
    >
      <FormBanner error={error?.text ?? null} extra={error?.extra} />
      <Form<Values> form={form} name="userEdit" layout="vertical" data-testid="user-edit-form">
        <UserProfileFields units={units} />
      </Form>
    </Modal>
  );
}
