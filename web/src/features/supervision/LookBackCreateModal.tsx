import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import { dayField } from '../../lib/date-field';
import type { SourceSummary } from '../ledger/api';
import { lookBacksApi, type LookBackScope } from './api';
import { keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';
import { useSourceLabel } from '../ledger/shared/use-source-label';

interface Values {
  scope: LookBackScope;
  sourceId?: number;
  percent?: number;
  note?: string;
  /** YYYY-MM-DD, as dayField keeps them. */
  scheduledOn?: string;
  dueOn?: string;
}

interface Props {
  open: boolean;
  sources: SourceSummary[];
  onClose: () => void;
}

/** 安排回头看: every signed-off task, one source's, or a random N% sample. */
export function LookBackCreateModal({ open, sources, onClose }: Props) {
  const t = useT();
  const sourceLabel = useSourceLabel();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const dialog = useFormDialog<Values>({ open, draftKey: 'supervision.lookBack' });
  const form = dialog.form;
  const scope = Form.useWatch('scope', form);

  const submit = async () => {
    const saved = await dialog.submit((v) =>
      lookBacksApi.create({
        scope: v.scope,
        sourceId: v.scope === 'source' ? v.sourceId : undefined,
        percent: v.scope === 'sample' ? v.percent : undefined,
        note: v.note?.trim() || undefined,
        scheduledOn: v.scheduledOn || undefined,
        dueOn: v.dueOn || undefined,
      }),
    );
    if (!saved) return;
    void invalidate(keys.lookBacks.all);
    message.success(t('supervision.create.done', { count: saved.value.counts.total }));
    onClose();
    navigate(`/look-backs/${saved.value.id}`);
  };

  return (
    <Modal
      open={open}
      title={t('supervision.create.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('supervision.create.button')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'look-back-submit' }}
      forceRender
    >
      {dialog.header}
      <Form<Values> form={form} name="lookBackCreate" layout="vertical" initialValues={{ scope: 'all', percent: 20 }} onValuesChange={dialog.onValuesChange}>
        <Form.Item name="scope" label={t('supervision.create.scope')}>
          <Radio.Group
            data-testid="look-back-scope"
            options={(['all', 'source', 'sample'] as const).map((s) => ({ value: s, label: t(`supervision.scope.${s}`) }))}
          />
        </Form.Item>
        {scope === 'source' && (
          <Form.Item name="sourceId" label={t('supervision.create.source')} rules={[{ required: true, message: t('supervision.create.sourceRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={sources.map((s) => ({ value: s.id, label: sourceLabel(s) }))}
              data-testid="look-back-source"
            />
          </Form.Item>
        )}
        {scope === 'sample' && (
          <Form.Item
            name="percent"
            label={t('supervision.create.percent')}
            extra={t('supervision.create.percentHint')}
            rules={[{ required: true, message: t('supervision.create.percentRequired') }]}
          >
            <InputNumber min={1} max={100} precision={0} inputMode="numeric" suffix="%" style={{ width: 160 }} data-testid="look-back-percent" />
          </Form.Item>
        )}
        <Form.Item name="scheduledOn" label={t('supervision.create.scheduledOn')} extra={t('supervision.create.scheduledOnHint')} {...dayField}>
          <DatePicker style={{ width: 200 }} data-testid="look-back-scheduled-on" />
        </Form.Item>
        <Form.Item name="dueOn" label={t('supervision.create.dueOn')} extra={t('supervision.create.dueOnHint')} {...dayField}>
          <DatePicker style={{ width: 200 }} data-testid="look-back-due-on" />
        </Form.Item>
        <Form.Item name="note" label={t('supervision.create.note')}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('supervision.create.notePlaceholder')} data-testid="look-back-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
