import { useState } from 'react';
import { DatePicker, Form, Input, Modal, Segmented } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useDraft } from '../../lib/use-draft';
import { DraftNotice } from '../../lib/DraftNotice';
import { FormBanner } from '../../lib/FormBanner';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { useUnitTree } from '../units/use-unit-tree';
import { briefingsApi, type Briefing } from './api';
import { monthRange } from './edit-draft';
import { keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';
import { dayField, dayRangeField, today } from '../../lib/date-field';

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
  const [form] = Form.useForm<Values>();
  const invalidate = useInvalidate();
  const tree = useUnitTree();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const draft = useDraft<Values>('briefings.create', form, { active: open });
  const kind = Form.useWatch('kind', form) ?? 'month';

  const submit = async () => {
    const v = await form.validateFields();
    const period = v.kind === 'range' && v.range ? { from: v.range[0], to: v.range[1] } : monthRange(v.month ?? today());
    setSaving(true);
    setBanner(null);
    try {
      const b = await briefingsApi.create({ ...period, unitId: v.unitId ?? undefined, title: v.title?.trim() || undefined });
      draft.clear();
      void invalidate(keys.briefings.all);
      form.resetFields();
      onCreated(b);
    } catch (err) {
      setBanner(applyFormError(form, err).banner ? errorText(err, t) : null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('briefings.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'briefing-create-submit' } as Record<string, string>}
      forceRender
    >
      <DraftNotice show={draft.restored} onClear={() => (draft.clear(), form.resetFields())} />
      <FormBanner error={banner} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'month', month: today() }}
        onValuesChange={draft.onValuesChange}
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
          <Form.Item
            name="month"
            label={t('briefings.form.monthPick')}
            rules={[{ required: true }]}
            {...dayField}
          >
            <DatePicker picker="month" allowClear={false} data-testid="briefing-month" />
          </Form.Item>
        ) : (
          <Form.Item
            name="range"
            label={t('briefings.form.rangePick')}
            rules={[{ required: true }]}
            {...dayRangeField}
          >
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
