import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { FormBanner } from '../../../lib/FormBanner';
import { ledgerApi, type TaskDetail } from '../api';
import { downloadFile } from '../../../lib/download';
import { toDay } from '../../../lib/date-field';

/** 催办: a nudge to the lead unit, with an optional message. */
export function RemindDialog({ task, open, onClose, onDone }: { task: TaskDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await ledgerApi.remind(task.id, text.trim() || undefined);
      message.success(t('ledger.dialog.reminderSent'));
      setText('');
      onDone(); // the history shows the 催办 at once, not after a reload
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('ledger.action.remind')} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy} okText={t('ledger.action.remind')}>
      <FormBanner error={error} />
      <p>{task.leadUnit?.name}</p>
      <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} maxLength={500} placeholder={t('ledger.dialog.reminderMessage')} />
    </Modal>
  );
}

interface NoticeValues {
  requirements: string;
  dueBy?: Dayjs | null;
  signer?: string;
  phone?: string;
}

/** 督办单: formal requirements and a date; the .docx is offered right after. */
export function SupervisionNoticeDialog({ task, open, onClose, onIssued }: { task: TaskDetail; open: boolean; onClose: () => void; onIssued: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoticeValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; number?: string } | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const r = await ledgerApi.supervisionNotice(task.id, {
        requirements: v.requirements.trim(),
        dueBy: toDay(v.dueBy) ?? undefined,
        signer: v.signer?.trim() || undefined,
        phone: v.phone?.trim() || undefined,
      });
      message.success(t('ledger.dialog.noticeCreated'));
      setCreated({ url: r.download ?? ledgerApi.supervisionNoticeUrl(r.id), number: r.number });
      onIssued(); // the dialog stays open for the download; the history behind it already shows the notice
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('ledger.action.supervisionNotice')}
      onCancel={close}
      footer={
        created !== null ? (
          <Button type="primary" onClick={() => void downloadFile(created.url).catch((err: unknown) => message.error(errorText(err, t)))}>
            {t('ledger.dialog.noticeDownload')}
          </Button>
        ) : (
          <Button type="primary" loading={busy} onClick={() => void submit()}>
            {t('ledger.action.supervisionNotice')}
          </Button>
        )
      }
    >
      <FormBanner error={error} />
      {created && (
        <Alert
          type="success"
          showIcon
          title={`${t('ledger.dialog.noticeCreated')}${created.number ? `（${created.number}）` : ''}`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<NoticeValues> form={form} name="supervisionNotice" layout="vertical" disabled={created !== null}>
        <Form.Item
          name="requirements"
          label={t('ledger.dialog.requirements')}
          rules={[{ required: true, whitespace: true, message: t('ledger.dialog.requirementsRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="dueBy" label={t('ledger.dialog.dueBy')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="signer" label={t('ledger.dialog.signer')} extra={t('ledger.dialog.signerHint')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label={t('ledger.dialog.contactPhone')} extra={t('ledger.dialog.contactPhoneHint')}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
