import { useEffect, useState } from 'react';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { FormBanner } from '../../lib/FormBanner';
import { useDraft } from '../../lib/use-draft';
import { DraftNotice } from '../../lib/DraftNotice';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { lookBacksApi, type CheckDecision, type LookBackCheck } from './api';
import { dayField, toDay } from '../../lib/date-field';

interface Values {
  reason?: string;
  deadline?: string | null;
}

interface Props {
  check: LookBackCheck | null;
  decision: CheckDecision;
  onClose: () => void;
  onDone: () => void;
}

/** 确认销号 or 重新办理 (with the reason; a new deadline when the old one has passed). */
export function CheckDecisionModal({ check, decision, onClose, onDone }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const today = new Date().toISOString().slice(0, 10);
  // The server asks for a new deadline when the old one has passed or there is none (ledger reopen).
  const needsDeadline = !!check && (!check.task.deadline || check.task.deadline < today);

  // Another check starts empty (declared before useDraft so its restore comes after this reset).
  useEffect(() => {
    if (!check) return;
    form.resetFields();
    setError(null);
  }, [check, decision, form]);

  // The reason typed for this check survives a reload until the decision is sent.
  const draft = useDraft<Values>(`supervision.check.${check?.id ?? 0}.${decision}`, form, { active: check !== null });

  const submit = async () => {
    if (!check) return;
    // Invalid fields show their messages under the inputs; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      await lookBacksApi.decide(check.id, { decision, reason: v.reason!.trim(), deadline: decision === 'reopen' ? (toDay(v.deadline) ?? undefined) : undefined });
      draft.clear();
      form.resetFields();
      message.success(t('supervision.check.done'));
      onDone();
    } catch (err) {
      if (applyFormError(form, err).banner) setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const title = decision === 'reopen' ? t('supervision.check.reopenTitle') : t('supervision.check.confirmTitle');
  return (
    <Modal
      open={check !== null}
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={title}
      okButtonProps={{ danger: decision === 'reopen', 'data-testid': 'check-submit' }}
      confirmLoading={busy}
      forceRender
    >
      {check && <p style={{ fontWeight: 500 }}>{check.task.title}</p>}
      <DraftNotice
        show={draft.restored}
        onClear={() => {
          draft.clear();
          form.resetFields();
        }}
      />
      <FormBanner error={error} />
      <Form<Values> form={form} name="lookBackCheck" layout="vertical" onValuesChange={draft.onValuesChange}>
        <Form.Item name="reason" label={t('supervision.check.reason')} rules={[{ required: true, whitespace: true, message: t('supervision.check.reasonRequired') }]}>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={decision === 'reopen' ? t('supervision.check.reasonReopenPlaceholder') : t('supervision.check.reasonConfirmPlaceholder')}
            data-testid="check-reason"
          />
        </Form.Item>
        {decision === 'reopen' && (
          <Form.Item
            name="deadline"
            label={t('supervision.check.newDeadline')}
            extra={t('supervision.check.newDeadlineHint')}
            rules={needsDeadline ? [{ required: true, message: t('supervision.check.newDeadlineHint') }] : []}
            {...dayField}
          >
            <DatePicker style={{ width: '100%' }} data-testid="check-deadline" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
