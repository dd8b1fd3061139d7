import { useEffect, useState } from 'react';
import { App, Form, Modal } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { isApiError } from '../../../api/errors';
import { FormBanner } from '../../../lib/FormBanner';
import { applyFormError } from '../../../lib/form-errors';
import { errorText } from '../../../lib/error-text';
import type { TreeUnit } from '../../units/api';
import { problemsApi, type ProblemDetail } from '../api';
import { problemSourceKinds } from '../model';
import { ProblemFormFields, toProblemFields, type ProblemFormValues } from '../shared/ProblemFormFields';

interface Props {
  problem: ProblemDetail;
  open: boolean;
  units: TreeUnit[];
  categories: string[];
  onClose: () => void;
  onSaved: () => void;
  onConflict: () => void;
}

/** 修改: sends the version; a 409 reloads the problem and keeps what was typed. */
export function EditProblemModal({ problem, open, units, categories, onClose, onSaved, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProblemFormValues>();
  const [error, setError] = useState<{ text: string; extra?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue({
      sourceKind: problem.sourceKind,
      sourceTitle: problem.sourceTitle,
      finding: problem.finding,
      category: problem.category,
      severity: problem.severity,
      unitId: problem.unit?.id,
      foundOn: problem.foundOn,
      deadline: problem.deadline,
    });
    // Only when the dialog opens: a reload after a conflict must not overwrite the typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async () => {
    // Invalid fields show their messages under the inputs; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const { sourceKind, ...fields } = toProblemFields(v);
      // A problem found in a task keeps its kind and task reference: only hand-recordable kinds are sent.
      await problemsApi.update(problem.id, { ...fields, ...(problem.sourceKind === 'task' ? {} : { sourceKind }), version: problem.version });
      message.success(t('problems.edit.saved'));
      onSaved();
    } catch (err) {
      if (isApiError(err) && err.isConflict && err.code !== 'problems.rectified_locked') {
        setError({ text: err.message, extra: t('problems.detail.conflictReloaded') });
        onConflict();
      } else if (applyFormError(form, err).banner) setError({ text: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('problems.edit.title')} width={720} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} confirmLoading={busy} forceRender>
      <FormBanner error={error?.text ?? null} extra={error?.extra} />
      <Form<ProblemFormValues> form={form} name="problemEdit" layout="vertical">
        <ProblemFormFields units={units} categories={categories} kinds={problem.sourceKind === 'task' ? problemSourceKinds : undefined} />
      </Form>
    </Modal>
  );
}
