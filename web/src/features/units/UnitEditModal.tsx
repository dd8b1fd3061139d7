import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import { unitsApi, type TreeUnit, type SavedUnit, type UnitKind } from './api';
import { KindSelect } from './KindSelect';

interface Values {
  name: string;
  kind: UnitKind;
}

interface Props {
  unit: TreeUnit | null;
  onClose: () => void;
  onSaved: (unit: SavedUnit) => void;
  /** Someone else changed the unit: reload it (the form keeps what the user typed). */
  onConflict: () => void;
}

export function UnitEditModal({ unit, onClose, onSaved, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  // A 409 is another user's change: the unit is reloaded, the typing stays.
  const dialog = useFormDialog<Values>({ open: unit !== null, keepAfterSave: true, conflict: { onConflict, extra: t('units.reloaded') } });
  const { form, setError } = dialog;
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
    const saved = await dialog.submit((values) => unitsApi.update(unit.id, { version: unit.version, name: values.name.trim(), kind: values.kind }));
    if (!saved) return;
    message.success(t('units.updated'));
    onSaved(saved.value);
  };

  return (
    <Modal
      open={unit !== null}
      title={t('units.rename')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      forceRender
    >
      {dialog.header}
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
