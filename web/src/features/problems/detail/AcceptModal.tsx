import { useEffect, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import type { UploadedFile } from '../../ledger/api';
import { EvidenceUpload } from '../../ledger/shared/EvidenceUpload';
import { problemsApi, type ProblemDetail } from '../api';

export type AcceptMode = 'accept' | 'refuse';

interface Values {
  comment?: string;
  fileIds?: UploadedFile[];
  reason?: string;
}

interface Props {
  problem: ProblemDetail;
  mode: AcceptMode | null;
  onClose: () => void;
  onDone: () => void;
  onConflict: () => void;
}

/** 验收: a comment and evidence files; or 验收不通过 with the reason (back to 整改中). */
export function AcceptModal({ problem, mode, onClose, onDone, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  // The dialog keeps its last mode while it closes, so the title does not flip mid-animation.
  const [shown, setShown] = useState<AcceptMode>('accept');
  const view = mode ?? shown;
  // The comment, the uploaded files' ids or the reason survive a reload until sent.
  const dialog = useFormDialog<Values>({
    open: mode !== null,
    draftKey: `problems.${view}.${problem.id}`,
    conflict: { onConflict, extra: t('problems.detail.conflictReloaded') },
  });
  const { form, setError } = dialog;
  useEffect(() => {
    setError(null);
    if (mode) setShown(mode);
  }, [mode, setError]);

  const submit = async () => {
    const sent = await dialog.submit((v) =>
      view === 'accept'
        ? problemsApi.accept(problem.id, { comment: v.comment!.trim(), fileIds: (v.fileIds ?? []).map((f) => f.id), version: problem.version })
        : problemsApi.refuse(problem.id, { reason: v.reason!.trim(), version: problem.version }),
    );
    if (!sent) return;
    message.success(view === 'accept' ? t('problems.accept.done') : t('problems.refuse.done'));
    onDone();
  };

  return (
    <Modal
      open={mode !== null}
      title={view === 'refuse' ? t('problems.refuse.title') : t('problems.accept.title')}
      width={640}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={view === 'refuse' ? t('problems.refuse.button') : t('problems.accept.button')}
      okButtonProps={{ danger: view === 'refuse', 'data-testid': 'acceptance-submit' }}
      confirmLoading={dialog.busy}
      forceRender
    >
      {dialog.header}
      <Form<Values> form={form} name="problemAcceptance" layout="vertical" onValuesChange={dialog.onValuesChange} data-testid="acceptance-form">
        {view === 'accept' && (
          <>
            <Form.Item
              name="comment"
              label={t('problems.accept.comment')}
              rules={[{ required: true, whitespace: true, message: t('problems.accept.commentRequired') }]}
            >
              <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('problems.accept.commentPlaceholder')} data-testid="acceptance-comment" />
            </Form.Item>
            <Form.Item
              name="fileIds"
              label={t('problems.accept.evidence')}
              rules={[{ required: true, type: 'array', min: 1, message: t('problems.accept.evidenceRequired') }]}
            >
              <EvidenceUpload />
            </Form.Item>
          </>
        )}
        {view === 'refuse' && (
          <Form.Item
            name="reason"
            label={t('problems.refuse.reason')}
            rules={[{ required: true, whitespace: true, message: t('problems.refuse.reasonRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={4000} showCount data-testid="acceptance-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
