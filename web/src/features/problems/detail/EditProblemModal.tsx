import { useEffect } from 'react';
import { App, Form, Modal } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
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
  const dialog = useFormDialog<ProblemFormValues>({
    open,
    keepAfterSave: true,
    // A rectified problem is locked: that 409 is not a stale version, nothing to reload.
    conflict: { onConflict, extra: t('problems.detail.conflictReloaded'), except: ['problems.rectified_locked'] },
  });
  const { form, setError } = dialog;

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
    const saved = await dialog.submit((v) => {
      const { sourceKind, ...fields } = toProblemFields(v);
      // A problem found in a task keeps its kind and task reference: only hand-recordable kinds are sent.
      return problemsApi.update(problem.id, { ...fields, ...(problem.sourceKind === 'task' ? {} : { sourceKind }), version: problem.version });
    });
    if (!saved) return;
    message.success(t('problems.edit.saved'));
    onSaved();
  };

  return (
    <Modal
      open={open}
      title={t('problems.edit.title')}
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      forceRender
    >
      {dialog.header}
      <Form<ProblemFormValues> form={form} name="problemEdit" layout="vertical">
        <ProblemFormFields units={units} categories={categories} kinds={problem.sourceKind === 'task' ? problemSourceKinds : undefined} />
      </Form>
    </Modal>
  );
}
