import { App, DatePicker, Form, Input, Modal } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { dayField, toDay } from '../../../lib/date-field';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { useUnitTree } from '../../units/use-unit-tree';
import { weakLaxApi, type WeakLaxDetail } from './api';

interface Values {
  title?: string;
  leadUnitId?: number | null;
  ownerName?: string;
  deadline?: string | null;
}

/** 添加整顿措施: a draft ledger task, led by the organization's host unit unless another is named. */
export function WeakLaxMeasureModal({ item, open, onClose, onAdded }: { item: WeakLaxDetail; open: boolean; onClose: () => void; onAdded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const units = useUnitTree();
  const dialog = useFormDialog<Values>({ open, draftKey: `partyOrgs.weakLax.measure.${item.id}` });
  const submit = async () => {
    const saved = await dialog.submit((v) =>
      weakLaxApi.addMeasure(item.id!, {
        title: v.title!.trim(),
        leadUnitId: v.leadUnitId ?? undefined,
        ownerName: v.ownerName?.trim() || null,
        deadline: toDay(v.deadline),
      }),
    );
    if (!saved) return;
    message.success(t('partyOrgs.weakLax.measure.done'));
    onAdded();
  };
  return (
    <Modal
      open={open}
      title={t('partyOrgs.weakLax.measure.title')}
      width={640}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'weak-measure-submit' }}
      forceRender
    >
      {dialog.header}
      <Form<Values> form={dialog.form} name={`weakLaxMeasure-${item.id}`} layout="vertical" onValuesChange={dialog.onValuesChange}>
        <Form.Item
          name="title"
          label={t('partyOrgs.weakLax.measure.titleField')}
          rules={[{ required: true, whitespace: true, message: t('partyOrgs.form.required', { field: t('partyOrgs.weakLax.measure.titleField') }) }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="weak-measure-title" />
        </Form.Item>
        <Form.Item name="leadUnitId" label={t('partyOrgs.weakLax.measure.leadUnit')} extra={t('partyOrgs.weakLax.measure.leadUnitHint')}>
          <UnitTreeSelect units={units.units} allowClear />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="ownerName" label={t('partyOrgs.weakLax.measure.ownerName')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={64} data-testid="weak-measure-owner" />
          </Form.Item>
          <Form.Item name="deadline" label={t('partyOrgs.weakLax.measure.deadline')} style={{ flex: '1 1 200px' }} {...dayField}>
            <DatePicker style={{ width: '100%' }} data-testid="weak-measure-deadline" />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
