import { useEffect } from 'react';
import { App, Button, Form, Modal, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import type { Role } from '../roles/api';
import { roleLabel } from '../roles/role-label';
import type { TreeUnit } from '../units/api';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { usersApi, type GrantInput, type User } from './api';

const isComplete = (g: Partial<GrantInput>): g is GrantInput => g.roleId !== undefined && g.unitId !== undefined;

interface Props {
  user: User | null;
  roles: Role[];
  units: TreeUnit[];
  onClose: () => void;
  onSaved: () => void;
}

/** Role grants: which role, over which unit. Only a secAdmin (role.grant) ever sees this. */
export function GrantsModal({ user, roles, units, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const dialog = useFormDialog<{ grants: Partial<GrantInput>[] }>({ open: user !== null, keepAfterSave: true });
  const { form, setError } = dialog;
  const openId = user?.id;

  useEffect(() => {
    if (!user) return;
    form.setFieldsValue({ grants: user.roles.map((g) => ({ roleId: g.roleId, unitId: g.unitId })) });
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openId]);

  const submit = async () => {
    if (!user) return;
    // The form's rules require both fields, so a validated row is complete; the guard tells tsc so.
    const saved = await dialog.submit(({ grants }) => usersApi.setGrants(user.id, (grants ?? []).filter(isComplete)));
    if (!saved) return;
    message.success(t('users.grantsSaved'));
    onSaved();
  };

  return (
    <Modal
      open={user !== null}
      width={640}
      title={t('users.grantsTitle', { name: user?.displayName ?? '' })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('users.grantsHelp')}</Typography.Paragraph>
      {dialog.header}
      <Form form={form} name="userGrants" data-testid="grants-form">
        <Form.List name="grants">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'roleId']} rules={[{ required: true, message: t('users.grantRole') }]}>
                    <Select
                      placeholder={t('users.grantRole')}
                      style={{ width: 200 }}
                      options={roles.map((r) => ({ value: r.id, label: roleLabel(r.code, t, r.name) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitId']} rules={[{ required: true, message: t('users.grantUnit') }]}>
                    <UnitTreeSelect units={units} placeholder={t('users.grantUnit')} style={{ width: 300 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unitId: user?.unitId })} block>
                {t('users.addGrant')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
