import { useEffect, useState } from 'react';
import { App, Form, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
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
  // After a conflict the fresh record replaces `user`'s version, never what the user typed.
  const [current, setCurrent] = useState<User | null>(user);
  const dialog = useFormDialog<Values>({
    open: user !== null,
    keepAfterSave: true,
    conflict: { onConflict: () => void (current && usersApi.get(current.id).then(setCurrent, () => undefined)), extra: t('units.reloaded') },
  });
  const { form, setError } = dialog;
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
    const saved = await dialog.submit((v) => {
      // Send only what changed: a masked phone (138****1234) sent back would overwrite the real one.
      const patch: UpdateUserInput = { version: current.version };
      if (v.displayName.trim() !== current.displayName) patch.displayName = v.displayName.trim();
      if (v.unitId !== current.unitId) patch.unitId = v.unitId;
      if (norm(v.phone) !== norm(current.phone)) patch.phone = norm(v.phone);
      if (norm(v.email) !== norm(current.email)) patch.email = norm(v.email);
      return Object.keys(patch).length > 1 ? usersApi.update(current.id, patch) : Promise.resolve(current);
    });
    if (!saved) return;
    message.success(t('users.updated'));
    onSaved(saved.value);
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.editTitle', { name: user?.displayName ?? '' })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      forceRender
    >
      {dialog.header}
      <Form<Values> form={form} name="userEdit" layout="vertical" data-testid="user-edit-form">
        <UserProfileFields units={units} />
      </Form>
    </Modal>
  );
}
