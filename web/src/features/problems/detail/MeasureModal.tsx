import { App, DatePicker, Form, Input, Modal } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import type { TreeUnit } from '../../units/api';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { UnitsSelect } from '../../units/UnitsSelect';
import { problemsApi, type ProblemDetail, type Prompt } from '../api';
import { dayField, toDay } from '../../../lib/date-field';

interface Values {
  title?: string;
  leadUnitId?: number | null;
  supportingUnitIds?: number[];
  ownerName?: string;
  deadline?: string | null;
  description?: string;
}

interface Props {
  problem: ProblemDetail;
  open: boolean;
  units: TreeUnit[];
  onClose: () => void;
  /** The measure was saved; the server's prompts about it (no owner…) to show. */
  onAdded: (warnings: Prompt[]) => void;
}

/** 添加整改措施: a draft ledger task led by the responsible unit unless another is named. */
export function MeasureModal({ problem, open, units, onClose, onAdded }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const dialog = useFormDialog<Values>({ open, draftKey: `problems.measure.${problem.id}` });

  const submit = async () => {
    const saved = await dialog.submit((v) =>
      problemsApi.addMeasure(problem.id, {
        title: v.title!.trim(),
        leadUnitId: v.leadUnitId ?? undefined,
        supportingUnitIds: v.supportingUnitIds?.length ? v.supportingUnitIds : undefined,
        ownerName: v.ownerName?.trim() || null,
        deadline: toDay(v.deadline),
        description: v.description?.trim() || undefined,
      }),
    );
    if (!saved) return;
    message.success(t('problems.measure.added'));
    onAdded(saved.value.warnings);
  };

  return (
    <Modal
      open={open}
      title={t('problems.measure.add')}
      width={680}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'measure-submit' }}
      forceRender
    >
      {dialog.header}
      <Form<Values> form={dialog.form} name={`measure-${problem.id}`} layout="vertical" onValuesChange={dialog.onValuesChange} data-testid="measure-form">
        <Form.Item
          name="title"
          label={t('problems.measure.title')}
          rules={[{ required: true, whitespace: true, message: t('problems.create.required', { field: t('problems.measure.title') }) }]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={t('problems.measure.titlePlaceholder')} data-testid="measure-title" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item name="leadUnitId" label={t('problems.measure.leadUnit')} extra={t('problems.measure.leadUnitHint')} style={{ flex: 1 }}>
            <UnitTreeSelect units={units} allowClear placeholder={problem.unit?.name} data-testid="measure-lead" />
          </Form.Item>
          <Form.Item name="supportingUnitIds" label={t('problems.measure.supportingUnits')} style={{ flex: 1 }}>
            <UnitsSelect units={units} data-testid="measure-supporting" />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item name="ownerName" label={t('problems.measure.ownerName')} style={{ flex: 1 }}>
            <Input maxLength={64} data-testid="measure-owner" />
          </Form.Item>
          <Form.Item name="deadline" label={t('problems.measure.deadline')} style={{ flex: 1 }} {...dayField}>
            <DatePicker style={{ width: '100%' }} data-testid="measure-deadline" />
          </Form.Item>
        </div>
        <Form.Item name="description" label={t('problems.measure.description')}>
          <Input.TextArea rows={3} maxLength={20000} data-testid="measure-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
