import { useEffect, useMemo } from 'react';
import { App, Form, Modal, Typography } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import { unitsApi, type TreeUnit, type SavedUnit } from './api';
import { subtreeIds } from './tree';
import { UnitTreeSelect } from './UnitTreeSelect';

interface Values {
  parentId: number;
}

interface Props {
  unit: TreeUnit | null;
  units: TreeUnit[];
  onClose: () => void;
  onMoved: (unit: SavedUnit) => void;
  onConflict: () => void;
}

export function UnitMoveModal({ unit, units, onClose, onMoved, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  // A 409 is another user's change: the unit is reloaded, the choice stays.
  const dialog = useFormDialog<Values>({ open: unit !== null, keepAfterSave: true, conflict: { onConflict, extra: t('units.reloaded') } });
  const { form, setError } = dialog;
  const openId = unit?.id;
  // A unit cannot go under itself or under one of its own sub-units.
  const disabledIds = useMemo(() => (unit ? subtreeIds(units, unit.id) : new Set<number>()), [unit, units]);

  useEffect(() => {
    if (unit) {
      form.setFieldsValue({ parentId: unit.parentId ?? undefined });
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openId]);

  const submit = async () => {
    if (!unit) return;
    const saved = await dialog.submit(({ parentId }) => unitsApi.update(unit.id, { version: unit.version, parentId }));
    if (!saved) return;
    const parent = units.find((u) => u.id === saved.value.parentId)?.name ?? '';
    message.success(t('units.moved', { parent }));
    onMoved(saved.value);
  };

  return (
    <Modal
      open={unit !== null}
      title={t('units.move')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      forceRender
    >
      <Typography.Paragraph strong>{unit?.name}</Typography.Paragraph>
      {dialog.header}
      <Form<Values> form={form} name="unitMove" layout="vertical" data-testid="unit-move-form">
        <Form.Item name="parentId" label={t('units.newParent')} rules={[{ required: true }]}>
          <UnitTreeSelect units={units} disabledIds={disabledIds} data-testid="unit-move-parent" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
