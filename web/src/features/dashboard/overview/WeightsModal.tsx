import { App, Form, InputNumber, Modal } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { dashboardApi, type RankingWeights } from '../api';

const fields = ['completion', 'onTime', 'overdue', 'rectification'] as const;

/** 排名权重 (督办 may change them; the change is audited on the server). */
export function WeightsModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const dialog = useFormDialog<RankingWeights>({ open: true });
  const current = useQuery({ queryKey: keys.dashboard.weights(), queryFn: ({ signal }) => dashboardApi.weights(signal) });
  const save = async () => {
    if (!(await dialog.submit((values) => dashboardApi.setWeights(values)))) return;
    message.success(t('dashboard.ranking.weightsSaved'));
    onSaved();
  };
  return (
    <Modal open title={t('dashboard.ranking.editWeights')} onCancel={onClose} onOk={() => void save()} confirmLoading={dialog.busy} destroyOnHidden>
      {dialog.header}
      {current.data && (
        <Form form={dialog.form} layout="horizontal" labelCol={{ span: 8 }} initialValues={current.data}>
          {fields.map((f) => (
            <Form.Item key={f} name={f} label={t(`dashboard.weightField.${f}`)} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} step={0.05} inputMode="decimal" style={{ width: 140 }} />
            </Form.Item>
          ))}
        </Form>
      )}
    </Modal>
  );
}
