import { useEffect, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { isApiError } from '../../api/errors';
import { FormBanner } from '../../lib/FormBanner';
import { unitsApi, type TreeUnit, type Unit, type UnitKind } from './api';
import { KindSelect } from './KindSelect';

interface Values {
  name: string;
  kind: UnitKind;
}

interface Props {
  unit: TreeUnit | null;
  onClose: () => void;
  onSaved: (unit: Unit) => void;
  /** Someone else changed the unit: reload it (the form keeps what the user typed). */
  onConflict: () => void;
}

export function UnitEditModal({ unit, onClose, onSaved, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ text: string; extra?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const openId = unit?.id;

  useEffect(() => {
    if (unit) {
      form.setFieldsValue({ name: unit.name, kind: unit.kind });
      setError(null);
    }
    // Only when another unit is opened: a reload after a conflict must not wipe the typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openId]);

  const submit = async () => {
    if (!unit) return;
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const saved = await unitsApi.update(unit.id, { version: unit.version, name: values.name.trim(), kind: values.kind });
      message.success(t('units.updated'));
      onSaved(saved);
    } catch (err) {
      if (isApiError(err) && err.isConflict) {
        setError({ text: err.message, extra: t('units.reloaded') });
        onConflict();
      } else if (applyFormError(form, err).banner) setError({ text: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={unit !== null}
      title={t('units.rename')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      forceRender
    >
      <FormBanner error={error?.text ?? null} extra={error?.extra} />
      <Form<Values> form={form} name="unitEdit" layout="vertical" data-testid="unit-edit-form">
        <Form.Item name="name" label={t('units.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true }]}>
          <KindSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
