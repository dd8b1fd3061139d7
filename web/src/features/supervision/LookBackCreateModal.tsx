import { useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { useDraft } from '../../lib/use-draft';
import { DraftNotice } from '../../lib/DraftNotice';
import { FormBanner } from '../../lib/FormBanner';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import type { SourceSummary } from '../ledger/api';
import { lookBacksApi, type LookBackScope } from './api';
import { keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';

interface Values {
  scope: LookBackScope;
  sourceId?: number;
  percent?: number;
  note?: string;
}

interface Props {
  open: boolean;
  sources: SourceSummary[];
  onClose: () => void;
}

/** 安排回头看: every signed-off task, one source's, or a random N% sample. */
export function LookBackCreateModal({ open, sources, onClose }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const invalidate = useInvalidate();
  const draft = useDraft<Values>('supervision.lookBack', form, { active: open });
  const scope = Form.useWatch('scope', form);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    // Invalid fields show their messages under the inputs; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const created = await lookBacksApi.create({
        scope: v.scope,
        sourceId: v.scope === 'source' ? v.sourceId : undefined,
        percent: v.scope === 'sample' ? v.percent : undefined,
        note: v.note?.trim() || undefined,
      });
      draft.clear();
      void invalidate(keys.lookBacks.all);
      form.resetFields();
      message.success(t('supervision.create.done', { count: created.counts.total }));
      onClose();
      navigate(`/look-backs/${created.id}`);
    } catch (err) {
      if (applyFormError(form, err).banner) setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('supervision.create.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('supervision.create.button')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'look-back-submit' }}
      forceRender
    >
      <DraftNotice
        show={draft.restored}
        onClear={() => {
          draft.clear();
          form.resetFields();
        }}
      />
      <FormBanner error={error} />
      <Form<Values> form={form} name="lookBackCreate" layout="vertical" initialValues={{ scope: 'all', percent: 20 }} onValuesChange={draft.onValuesChange}>
        <Form.Item name="scope" label={t('supervision.create.scope')}>
          <Radio.Group
            data-testid="look-back-scope"
            options={(['all', 'source', 'sample'] as const).map((s) => ({ value: s, label: t(`supervision.scope.${s}`) }))}
          />
        </Form.Item>
        {scope === 'source' && (
          <Form.Item name="sourceId" label={t('supervision.create.source')} rules={[{ required: true, message: t('supervision.create.sourceRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={sources.map((s) => ({ value: s.id, label: s.title }))} data-testid="look-back-source" />
          </Form.Item>
        )}
        {scope === 'sample' && (
          <Form.Item name="percent" label={t('supervision.create.percent')} extra={t('supervision.create.percentHint')} rules={[{ required: true, message: t('supervision.create.percentRequired') }]}>
            <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: 160 }} data-testid="look-back-percent" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('supervision.create.note')}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('supervision.create.notePlaceholder')} data-testid="look-back-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
