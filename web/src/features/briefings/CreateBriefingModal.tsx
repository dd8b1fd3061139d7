import { DatePicker, Form, Input, Modal, Segmented } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { useUnitTree } from '../units/use-unit-tree';
import { briefingsApi, type Briefing } from './api';
import { monthRange } from './edit-draft';
import { keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';
import { dayField, dayRangeField } from '../../lib/date-field';
import { useToday } from '../../lib/use-date-time';

interface Values {
  kind: 'month' | 'range';
  month?: string;
  range?: [string, string];
  unitId?: number | null;
  title?: string;
}

/** 生成通报: a period (a month, or any range), a scope and an optional title → a draft. */
export function CreateBriefingModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (b: Briefing) => void }) {
  const t = useT();
  const invalidate = useInvalidate();
  const tree = useUnitTree();
  const dialog = useFormDialog<Values>({ open, draftKey: 'briefings.create' });
  const form = dialog.form;
  const kind = Form.useWatch('kind', form) ?? 'month';
  const today = useToday();

  const submit = async () => {
    const saved = await dialog.submit((v) => {
      const period = v.kind === 'range' && v.range ? { from: v.range[0], to: v.range[1] } : monthRange(v.month ?? today);
      return briefingsApi.create({ ...period, unitId: v.unitId ?? undefined, title: v.title?.trim() || undefined });
    });
    if (!saved) return;
    void invalidate(keys.briefings.all);
    onCreated(saved.value);
  };

  return (
    <Modal
      open={open}
      title={t('briefings.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'briefing-create-submit' } as Record<string, string>}
      forceRender
    >
      {dialog.header}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'month', month: today }}
        onValuesChange={dialog.onValuesChange}
        data-testid="briefing-create-form"
      >
        <Form.Item name="kind" label={t('briefings.form.periodKind')}>
          <Segmented
            options={[
              { value: 'month', label: t('briefings.form.month') },
              { value: 'range', label: t('briefings.form.range') },
            ]}
          />
        </Form.Item>
        {kind === 'month' ? (
          <Form.Item name="month" label={t('briefings.form.monthPick')} rules={[{ required: true }]} {...dayField}>
            <DatePicker picker="month" allowClear={false} data-testid="briefing-month" />
          </Form.Item>
        ) : (
          <Form.Item name="range" label={t('briefings.form.rangePick')} rules={[{ required: true }]} {...dayRangeField}>
            <DatePicker.RangePicker data-testid="briefing-range" />
          </Form.Item>
        )}
        <Form.Item name="unitId" label={t('briefings.form.scope')} extra={t('briefings.form.scopeHint')}>
          <UnitTreeSelect units={tree.units} allowClear data-testid="briefing-scope" />
        </Form.Item>
        <Form.Item name="title" label={t('briefings.form.title')} extra={t('briefings.form.titleHint')} rules={[{ max: 200 }]}>
          <Input maxLength={200} data-testid="briefing-title-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
