import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { useFormDialog } from '../../../lib/use-form-dialog';
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
  const dialog = useFormDialog<Values>({ open: action !== null, conflict: { onConflict, extra: t('ledger.detail.conflictReloaded') } });
  const { form, setError } = dialog;
  const spec = action ? needs[action] : undefined;

  useEffect(() => {
    if (action) {
      form.resetFields();
      setError(null);
    }
  }, [action, form, setError]);

  if (!action) return null;
  const label = t(`ledger.action.${action}` as MessageKey);

  const submit = async () => {
    // A plain confirmation renders no form: nothing to validate.
    const done = await dialog.submit(
      (v) => ledgerApi.act(task.id, action, { version: task.version, reason: v.reason?.trim() || undefined, deadline: toDay(v.deadline) ?? undefined }),
      { validate: spec !== undefined },
    );
    if (!done) return;
    message.success(t('ledger.action.done', { action: label }));
    onDone(done.value);
  };

  return (
    <Modal open title={label} onCancel={onClose} onOk={() => void submit()} okText={label} confirmLoading={dialog.busy} destroyOnHidden>
      {dialog.header}
      {!spec && <p>{t('ledger.dialog.confirmSimple', { action: label })}</p>}
      {task.extensionRequest && (action === 'approveExtension' || action === 'refuseExtension') && (
        <p>
          {t('ledger.detail.extensionPending', {
            deadline: task.extensionRequest.deadline,
            reason: task.extensionRequest.reason,
            date: task.extensionRequest.requestedOn,
          })}
        </p>
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
            <Form.Item
              name="reason"
              label={t(spec.reason)}
              rules={spec.reasonRequired ? [{ required: true, whitespace: true, message: t('ledger.dialog.reasonRequired') }] : []}
            >
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="action-reason" />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
