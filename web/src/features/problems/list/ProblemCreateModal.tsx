import { App, Form, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
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
  const invalidate = useInvalidate();
  const dialog = useFormDialog<ProblemFormValues>({ open, draftKey: 'problems.create' });
  const form = dialog.form;

  const submit = async () => {
    const saved = await dialog.submit((v) => problemsApi.create(toProblemFields(v)));
    if (!saved) return;
    void invalidate(...affectedBy('problem'));
    message.success(t('problems.create.saved'));
    onClose();
    navigate(`/problems/${saved.value.id}`);
  };

  return (
    <Modal
      open={open}
      title={t('problems.create.title')}
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'problem-create-submit' }}
      forceRender
    >
      {dialog.header}
      <Form<ProblemFormValues>
        form={form}
        name="problemCreate"
        layout="vertical"
        initialValues={{ sourceKind: 'inspection', severity: 'general' }}
        onValuesChange={dialog.onValuesChange}
        data-testid="problem-create-form"
      >
        <ProblemFormFields units={units} categories={categories} />
      </Form>
    </Modal>
  );
}
