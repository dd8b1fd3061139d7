import { useState } from 'react';
import { App, Form, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { useDraft } from '../../../lib/use-draft';
import { DraftNotice } from '../../../lib/DraftNotice';
import { FormBanner } from '../../../lib/FormBanner';
import { applyFormError } from '../../../lib/form-errors';
import { errorText } from '../../../lib/error-text';
import type { TreeUnit } from '../../units/api';
import { problemsApi } from '../api';
import { ProblemFormFields, toProblemFields, type ProblemFormValues } from '../shared/ProblemFormFields';
import { affectedBy } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';

interface Props {
  open: boolean;
  units: TreeUnit[];
  categories: string[];
  onClose: () => void;
}

/** 登记问题: the entries survive a closed dialog, a reload or an expired session until saved. */
export function ProblemCreateModal({ open, units, categories, onClose }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProblemFormValues>();
  const invalidate = useInvalidate();
  const draft = useDraft<ProblemFormValues>('problems.create', form, { active: open });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    // Invalid fields show their messages under the inputs; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const created = await problemsApi.create(toProblemFields(v));
      draft.clear();
      void invalidate(...affectedBy('problem'));
      form.resetFields();
      message.success(t('problems.create.saved'));
      onClose();
      navigate(`/problems/${created.id}`);
    } catch (err) {
      if (applyFormError(form, err).banner) setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('problems.create.title')}
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'problem-create-submit' }}
      forceRender
    >
      <DraftNotice
        show={draft.restored}
        onClear={() => {
          draft.clear();
          form.resetFields();
        }}
      />
      <FormBanner error={error} extra={error ? t('common.keptValues') : undefined} />
      <Form<ProblemFormValues>
        form={form}
        name="problemCreate"
        layout="vertical"
        initialValues={{ sourceKind: 'inspection', severity: 'general' }}
        onValuesChange={draft.onValuesChange}
        data-testid="problem-create-form"
      >
        <ProblemFormFields units={units} categories={categories} />
      </Form>
    </Modal>
  );
}
