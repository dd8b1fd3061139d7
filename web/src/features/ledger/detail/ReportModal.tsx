import { useEffect } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { ledgerApi, type Report, type TaskDetail, type UploadedFile } from '../api';
import { EvidenceUpload } from '../shared/EvidenceUpload';

export type ReportMode = 'report' | 'requestSignOff';

interface Values {
  text?: string;
  percent?: number | null;
  milestone?: number | null;
  files?: UploadedFile[];
}

interface Props {
  task: TaskDetail;
  mode: ReportMode | null;
  /** Newest first: the first is what "复制上次填报" copies. */
  reports: Report[];
  onClose: () => void;
  onDone: () => void;
  onConflict: () => void;
}

/** 填报进展 / 申请销号: text, percent, milestone and evidence; kept as a draft until it is sent. */
export function ReportModal({ task, mode, reports, onClose, onDone, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const dialog = useFormDialog<Values>({
    open: mode !== null,
    draftKey: `ledger.report.${task.id}.${mode ?? 'report'}`,
    conflict: { onConflict, extra: t('ledger.detail.conflictReloaded') },
  });
  const { form, setError } = dialog;
  const signOff = mode === 'requestSignOff';

  useEffect(() => {
    if (mode) setError(null);
  }, [mode, setError]);

  const last = reports[0];
  const copyLast = () => {
    if (!last) {
      message.info(t('ledger.reportForm.noLast'));
      return;
    }
    const values: Values = { text: last.text, percent: last.percent ?? undefined, milestone: last.milestone ?? undefined };
    form.setFieldsValue(values);
    // Copied values are typing too: they go into the draft.
    dialog.onValuesChange?.(values, form.getFieldsValue());
    message.success(t('ledger.reportForm.copied'));
  };

  const submit = async () => {
    const sent = await dialog.submit(async (v) => {
      const fileIds = (v.files ?? []).map((f) => f.id);
      if (signOff) {
        await ledgerApi.act(task.id, 'requestSignOff', {
          version: task.version,
          text: v.text?.trim() || undefined,
          fileIds: fileIds.length ? fileIds : undefined,
        });
      } else {
        await ledgerApi.report(task.id, {
          text: v.text!.trim(),
          percent: v.percent ?? undefined,
          milestone: v.milestone ?? undefined,
          fileIds: fileIds.length ? fileIds : undefined,
        });
      }
    });
    if (!sent) return;
    message.success(t('ledger.reportForm.submitted'));
    onDone();
  };

  return (
    <Modal
      open={mode !== null}
      title={t(signOff ? 'ledger.reportForm.signOffTitle' : 'ledger.reportForm.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t(signOff ? 'ledger.action.requestSignOff' : 'common.confirm')}
      okButtonProps={{ 'data-testid': 'report-submit' }}
      confirmLoading={dialog.busy}
      width={640}
      forceRender
    >
      {dialog.header}
      <div style={{ textAlign: 'right', marginBottom: 8 }}>
        <Button size="small" icon={<CopyOutlined />} onClick={copyLast} disabled={!last} data-testid="report-copy-last">
          {t('ledger.reportForm.copyLast')}
        </Button>
      </div>
      <Form<Values> form={form} name={`report-${mode ?? 'report'}`} layout="vertical" onValuesChange={dialog.onValuesChange} data-testid="report-form">
        <Form.Item
          name="text"
          label={t(signOff ? 'ledger.dialog.signOffText' : 'ledger.reportForm.text')}
          rules={signOff ? [] : [{ required: true, whitespace: true, message: t('ledger.reportForm.textRequired') }]}
        >
          <Input.TextArea rows={6} maxLength={20000} showCount placeholder={t('ledger.reportForm.textPlaceholder')} data-testid="report-text" />
        </Form.Item>
        {!signOff && (
          <div style={{ display: 'flex', gap: 16 }}>
            <Form.Item name="percent" label={t('ledger.reportForm.percent')} style={{ flex: 1 }}>
              <InputNumber min={0} max={100} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="report-percent" />
            </Form.Item>
            {task.milestones.length > 0 && (
              <Form.Item name="milestone" label={t('ledger.reportForm.milestone')} style={{ flex: 2 }}>
                <Select allowClear options={task.milestones.map((m, i) => ({ value: i, label: `${m.due} ${m.title ?? ''}`.trim() }))} />
              </Form.Item>
            )}
          </div>
        )}
        <Form.Item name="files" label={t('ledger.reportForm.files')}>
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}
