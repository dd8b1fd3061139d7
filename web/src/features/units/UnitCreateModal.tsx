import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import { unitsApi, type CreateUnitInput, type TreeUnit, type SavedUnit } from './api';
import { KindSelect } from './KindSelect';
import { UnitTreeSelect } from './UnitTreeSelect';

interface Props {
  open: boolean;
  units: TreeUnit[];
  defaultParentId: number | null;
  onClose: () => void;
  onCreated: (unit: SavedUnit) => void;
}

export function UnitCreateModal({ open, units, defaultParentId, onClose, onCreated }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const dialog = useFormDialog<CreateUnitInput>({
    open,
    draftKey: 'unit.create',
    onDraftCleared: () => defaultParentId !== null && dialog.form.setFieldValue('parentId', defaultParentId),
  });
  const { form, setError } = dialog;

  useEffect(() => {
    // The unit the user picked in the tree wins over a draft's parent; name and kind stay as typed.
    if (open && defaultParentId !== null) form.setFieldValue('parentId', defaultParentId);
    if (open) setError(null);
  }, [open, defaultParentId, form, setError]);

  const submit = async () => {
    const saved = await dialog.submit((values) => unitsApi.create({ ...values, name: values.name.trim(), parentId: values.parentId ?? null }));
    if (!saved) return;
    message.success(t('units.created', { name: saved.value.name }));
    onCreated(saved.value);
  };

  return (
    <Modal
      open={open}
      title={t('units.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'unit-create-submit' }}
      forceRender
    >
      {dialog.header}
      <Form<CreateUnitInput> form={form} name="unitCreate" layout="vertical" onValuesChange={dialog.onValuesChange} data-testid="unit-create-form">
        <Form.Item name="name" label={t('units.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input data-testid="unit-name" maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true }]}>
          <KindSelect />
        </Form.Item>
        <Form.Item name="parentId" label={t('units.parent')} rules={[{ required: true }]}>
          <UnitTreeSelect units={units} data-testid="unit-parent" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
