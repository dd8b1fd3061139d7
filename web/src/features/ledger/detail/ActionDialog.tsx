import { useEffect, useState } from 'react';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { isApiError } from '../../../api/errors';
import { applyFormError } from '../../../lib/form-errors';
import { errorText } from '../../../lib/error-text';
import { FormBanner } from '../../../lib/FormBanner';
import { ledgerApi, type TaskAction, type TaskDetail } from '../api';
import { toDay } from '../../../lib/date-field';

/** What each state change asks for; anything not listed is a plain confirmation. */
const needs: Partial<Record<TaskAction, { reason?: MessageKey; reasonRequired?: boolean; deadline?: 'required' | 'optional'; deadlineLabel?: MessageKey }>> = {
  returnSignOff: { reason: 'ledger.dialog.returnReason', reasonRequired: true },
  refuseExtension: { reason: 'ledger.dialog.refuseReason', reasonRequired: true },
  cancel: { reason: 'ledger.dialog.cancelReason', reasonRequired: true },
  reopen: { reason: 'ledger.dialog.reopenReason', reasonRequired: true, deadline: 'optional', deadlineLabel: 'ledger.dialog.newDeadline' },
  requestExtension: { reason: 'ledger.dialog.reason', reasonRequired: true, deadline: 'required', deadlineLabel: 'ledger.dialog.newDeadline' },
  approveExtension: { deadline: 'optional', deadlineLabel: 'ledger.dialog.approveDeadline' },
};

interface Values {
  reason?: string;
  deadline?: Dayjs | null;
}

interface Props {
  task: TaskDetail;
  action: TaskAction | null;
  onClose: () => void;
  onDone: (task: TaskDetail) => void;
  /** A stale version: the page reloads the task; the dialog stays open with what was typed. */
  onConflict: () => void;
}

export function ActionDialog({ task, action, onClose, onDone, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ text: string; extra?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const spec = action ? needs[action] : undefined;

  useEffect(() => {
    if (action) {
      form.resetFields();
      setError(null);
    }
  }, [action, form]);

  if (!action) return null;
  const label = t(`ledger.action.${action}` as MessageKey);

  const submit = async () => {
    const v: Values = spec ? await form.validateFields() : {};
    setBusy(true);
    setError(null);
    try {
      const next = await ledgerApi.act(task.id, action, {
        version: task.version,
        reason: v.reason?.trim() || undefined,
        deadline: toDay(v.deadline) ?? undefined,
      });
      message.success(t('ledger.action.done', { action: label }));
      onDone(next);
    } catch (err) {
      if (isApiError(err) && err.isConflict) {
        setError({ text: err.message, extra: t('ledger.detail.conflictReloaded') });
        onConflict();
      } else if (applyFormError(form, err).banner) setError({ text: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={label} onCancel={onClose} onOk={() => void submit()} okText={label} confirmLoading={busy} destroyOnHidden>
      <FormBanner error={error?.text ?? null} extra={error?.extra} />
      {!spec && <p>{t('ledger.dialog.confirmSimple', { action: label })}</p>}
      {task.extensionRequest && (action === 'approveExtension' || action === 'refuseExtension') && (
        <p>{t('ledger.detail.extensionPending', { deadline: task.extensionRequest.deadline, reason: task.extensionRequest.reason, date: task.extensionRequest.requestedOn })}</p>
      )}
      {spec && (
        <Form<Values> form={form} name={`action-${action}`} layout="vertical" data-testid="action-form">
          {spec.deadline && (
            <Form.Item
              name="deadline"
              label={t(spec.deadlineLabel!)}
              rules={spec.deadline === 'required' ? [{ required: true, message: t('ledger.dialog.deadlineRequired') }] : []}
            >
              <DatePicker style={{ width: '100%' }} data-testid="action-deadline" />
            </Form.Item>
          )}
          {spec.reason && (
            <Form.Item name="reason" label={t(spec.reason)} rules={spec.reasonRequired ? [{ required: true, whitespace: true, message: t('ledger.dialog.reasonRequired') }] : []}>
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="action-reason" />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
