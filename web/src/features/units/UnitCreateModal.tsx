import { useEffect, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { useDraft } from '../../lib/use-draft';
import { FormBanner } from '../../lib/FormBanner';
import { DraftNotice } from '../../lib/DraftNotice';
import { unitsApi, type CreateUnitInput, type TreeUnit, type Unit } from './api';
import { KindSelect } from './KindSelect';
import { UnitTreeSelect } from './UnitTreeSelect';

interface Props {
  open: boolean;
  units: TreeUnit[];
  defaultParentId: number | null;
  onClose: () => void;
  onCreated: (unit: Unit) => void;
}

export function UnitCreateModal({ open, units, defaultParentId, onClose, onCreated }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUnitInput>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const draft = useDraft('unit.create', form, { active: open });

  useEffect(() => {
    // The unit the user picked in the tree wins over a draft's parent; name and kind stay as typed.
    if (open && defaultParentId !== null) form.setFieldValue('parentId', defaultParentId);
    if (open) setError(null);
  }, [open, defaultParentId, form]);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const unit = await unitsApi.create({ ...values, name: values.name.trim(), parentId: values.parentId ?? null });
      draft.clear();
      form.resetFields();
      message.success(t('units.created', { name: unit.name }));
      onCreated(unit);
    } catch (err) {
      if (applyFormError(form, err).banner) setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const clearDraft = () => {
    draft.clear();
    form.resetFields();
    if (defaultParentId !== null) form.setFieldValue('parentId', defaultParentId);
  };

  return (
    <Modal
      open={open}
      title={t('units.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'unit-create-submit' }}
      forceRender
    >
      <DraftNotice show={draft.restored} onClear={clearDraft} />
      <FormBanner error={error} />
      <Form<CreateUnitInput> form={form} name="unitCreate" layout="vertical" onValuesChange={draft.onValuesChange} data-testid="unit-create-form">
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
