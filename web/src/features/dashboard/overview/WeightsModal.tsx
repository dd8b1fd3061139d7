import { useState } from 'react';
import { App, Form, InputNumber, Modal } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { errorText } from '../../../lib/error-text';
import { applyFormError } from '../../../lib/form-errors';
import { FormBanner } from '../../../lib/FormBanner';
import { dashboardApi, type RankingWeights } from '../api';

const fields = ['completion', 'onTime', 'overdue', 'rectification'] as const;

/** 排名权重 (督办 may change them; the change is audited on the server). */
export function WeightsModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RankingWeights>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const current = useQuery({ queryKey: keys.dashboard.weights(), queryFn: ({ signal }) => dashboardApi.weights(signal) });
  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await dashboardApi.setWeights(values);
      message.success(t('dashboard.ranking.weightsSaved'));
      onSaved();
    } catch (err) {
      setBanner(applyFormError(form, err).banner ? errorText(err, t) : null);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={t('dashboard.ranking.editWeights')} onCancel={onClose} onOk={() => void save()} confirmLoading={saving} destroyOnHidden>
      <FormBanner error={banner} />
      {current.data && (
        <Form form={form} layout="horizontal" labelCol={{ span: 8 }} initialValues={current.data}>
          {fields.map((f) => (
            <Form.Item key={f} name={f} label={t(`dashboard.weightField.${f}`)} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} step={0.05} style={{ width: 140 }} />
            </Form.Item>
          ))}
        </Form>
      )}
    </Modal>
  );
}
