import { App, Form, InputNumber, Modal } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import type { UploadedFile } from '../../ledger/api';
import { EvidenceUpload } from '../../ledger/shared/EvidenceUpload';
import { weakLaxApi, type WeakLaxDetail } from './api';

interface Values {
  score?: number;
  fileIds?: UploadedFile[];
}

interface Props {
  item: WeakLaxDetail;
  passScore: number;
  open: boolean;
  onClose: () => void;
  onDone: (passed: boolean) => void;
  onConflict: () => void;
}

/** 验收: a score and evidence files (the platform's uploads); at the pass score the year's watch starts. */
export function WeakLaxAcceptModal({ item, passScore, open, onClose, onDone, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const dialog = useFormDialog<Values>({
    open,
    draftKey: `partyOrgs.weakLax.accept.${item.id}`,
    conflict: { onConflict, extra: t('partyOrgs.edit.conflictReloaded') },
  });
  const submit = async () => {
    const sent = await dialog.submit((v) =>
      weakLaxApi.accept(item.id!, { score: v.score!, fileIds: (v.fileIds ?? []).map((f) => f.id), version: item.version ?? undefined }),
    );
    if (!sent) return;
    const passed = sent.value.status === 'watched';
    if (passed) message.success(t('partyOrgs.weakLax.accept.passed'));
    else message.warning(t('partyOrgs.weakLax.accept.failed'));
    onDone(passed);
  };
  return (
    <Modal
      open={open}
      title={t('partyOrgs.weakLax.accept.title')}
      width={600}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('partyOrgs.weakLax.accept.button')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'weak-accept-submit' }}
      forceRender
    >
      {dialog.header}
      <Form<Values> form={dialog.form} name={`weakLaxAccept-${item.id}`} layout="vertical" onValuesChange={dialog.onValuesChange}>
        <Form.Item
          name="score"
          label={t('partyOrgs.weakLax.accept.score')}
          extra={t('partyOrgs.weakLax.accept.scoreHint', { pass: passScore })}
          rules={[{ required: true, message: t('partyOrgs.form.required', { field: t('partyOrgs.weakLax.accept.score') }) }]}
        >
          <InputNumber min={0} max={100} precision={0} inputMode="numeric" style={{ width: 160 }} data-testid="weak-accept-score" />
        </Form.Item>
        <Form.Item
          name="fileIds"
          label={t('partyOrgs.weakLax.accept.evidence')}
          rules={[{ required: true, type: 'array', min: 1, message: t('partyOrgs.weakLax.accept.evidenceRequired') }]}
        >
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}
