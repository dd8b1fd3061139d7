import { App, DatePicker, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import { lookBacksApi, type CheckDecision, type LookBackCheck } from './api';
import { dayField, toDay } from '../../lib/date-field';
import { useToday } from '../../lib/use-date-time';

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
  // Another check starts empty; the reason typed for this one survives a reload until it is sent.
  const dialog = useFormDialog<Values>({ open: check !== null, draftKey: `supervision.check.${check?.id ?? 0}.${decision}`, freshOnOpen: true });
  const today = useToday();
  // The server asks for a new deadline when the old one has passed or there is none (ledger reopen).
  const needsDeadline = !!check && (!check.task.deadline || check.task.deadline < today);

  const submit = async () => {
    if (!check) return;
    const sent = await dialog.submit((v) =>
      lookBacksApi.decide(check.id, { decision, reason: v.reason!.trim(), deadline: decision === 'reopen' ? (toDay(v.deadline) ?? undefined) : undefined }),
    );
    if (!sent) return;
    message.success(t('supervision.check.done'));
    onDone();
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
      confirmLoading={dialog.busy}
      forceRender
    >
      {check && <p style={{ fontWeight: 500 }}>{check.task.title}</p>}
      {dialog.header}
      <Form<Values> form={dialog.form} name="lookBackCheck" layout="vertical" onValuesChange={dialog.onValuesChange}>
        <Form.Item
          name="reason"
          label={t('supervision.check.reason')}
          rules={[{ required: true, whitespace: true, message: t('supervision.check.reasonRequired') }]}
        >
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
