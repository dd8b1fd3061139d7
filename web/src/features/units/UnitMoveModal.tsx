import { useEffect, useMemo, useState } from 'react';
import { App, Form, Modal, Typography } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { isApiError } from '../../api/errors';
import { FormBanner } from '../../lib/FormBanner';
import { unitsApi, type TreeUnit, type Unit } from './api';
import { subtreeIds } from './tree';
import { UnitTreeSelect } from './UnitTreeSelect';

interface Values {
  parentId: number;
}

interface Props {
  unit: TreeUnit | null;
  units: TreeUnit[];
  onClose: () => void;
  onMoved: (unit: Unit) => void;
  onConflict: () => void;
}

export function UnitMoveModal({ unit, units, onClose, onMoved, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ text: string; extra?: string } | null>(null);
  const [busy, setBusy] = useState(false);
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
    const { parentId } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const saved = await unitsApi.update(unit.id, { version: unit.version, parentId });
      const parent = units.find((u) => u.id === parentId)?.name ?? '';
      message.success(t('units.moved', { parent }));
      onMoved(saved);
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
      title={t('units.move')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      forceRender
    >
      <Typography.Paragraph strong>{unit?.name}</Typography.Paragraph>
      <FormBanner error={error?.text ?? null} extra={error?.extra} />
      <Form<Values> form={form} name="unitMove" layout="vertical" data-testid="unit-move-form">
        <Form.Item name="parentId" label={t('units.newParent')} rules={[{ required: true }]}>
          <UnitTreeSelect units={units} disabledIds={disabledIds} data-testid="unit-move-parent" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
