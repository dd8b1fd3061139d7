import { App, Form, InputNumber, Modal } from 'antd';
import { affectedBy } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { orgWorkApi, type Income } from './api';

/** 填报: a village's collective income of the year, in whole yuan; the class (空壳/薄弱) follows from it. */
export function IncomeModal({ row, onClose }: { row: Income | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const dialog = useFormDialog<{ income?: number }>({
    open: row !== null,
    freshOnOpen: true,
    conflict: { onConflict: () => void invalidate(...affectedBy('partyOrg')), extra: t('partyOrgs.edit.conflictReloaded') },
  });
  const submit = async () => {
    if (!row) return;
    const saved = await dialog.submit((v) => orgWorkApi.setIncome(row.org.id, { year: row.year, income: v.income!, version: row.version ?? undefined }));
    if (!saved) return;
    void invalidate(...affectedBy('partyOrg'));
    message.success(t('partyOrgs.economy.saved'));
    onClose();
  };
  return (
    <Modal
      open={row !== null}
      title={row ? `${t('partyOrgs.economy.report')} · ${row.org.name}（${row.year}）` : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'income-submit' }}
      forceRender
    >
      {dialog.header}
      <Form form={dialog.form} name="collectiveIncome" layout="vertical" initialValues={{ income: row?.income ?? undefined }}>
        <Form.Item
          name="income"
          label={t('partyOrgs.economy.col.income')}
          rules={[{ required: true, message: t('partyOrgs.form.required', { field: t('partyOrgs.economy.col.income') }) }]}
        >
          <InputNumber min={0} precision={0} step={10000} inputMode="numeric" style={{ width: '100%' }} data-testid="income-value" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
