import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { dayField } from '../../../lib/date-field';
import { partyOrgsApi, type PartyOrgDetail, type TermChangeInput } from '../api';

type Values = Partial<TermChangeInput>;

interface Props {
  org: PartyOrgDetail;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** 延期 / 提前换届: the new end, the superior committee that approved it and why; the server refuses more than a year off. */
export function TermChangeModal({ org, open, onClose, onDone }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const dialog = useFormDialog<Values>({ open, draftKey: `partyOrgs.termChange.${org.id}` });
  const submit = async () => {
    const saved = await dialog.submit((v) =>
      partyOrgsApi.termChange(org.id, { kind: v.kind!, newTermEnd: v.newTermEnd!, approvedBy: v.approvedBy!.trim(), reason: v.reason!.trim() }),
    );
    if (!saved) return;
    message.success(t('partyOrgs.termChange.saved'));
    onDone();
  };
  const required = (field: string) => [{ required: true, whitespace: true, message: t('partyOrgs.form.required', { field }) }];
  return (
    <Modal
      open={open}
      title={t('partyOrgs.termChange.title')}
      width={600}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'term-change-submit' }}
      forceRender
    >
      {dialog.header}
      <Form<Values>
        form={dialog.form}
        name={`termChange-${org.id}`}
        layout="vertical"
        initialValues={{ kind: 'extension' }}
        onValuesChange={dialog.onValuesChange}
      >
        <Form.Item name="kind" label={t('partyOrgs.termChange.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'extension', label: t('partyOrgs.termChange.extension') },
              { value: 'early', label: t('partyOrgs.termChange.early') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="newTermEnd"
          label={t('partyOrgs.termChange.newTermEnd')}
          extra={t('partyOrgs.termChange.newTermEndHint')}
          rules={[{ required: true, message: t('partyOrgs.form.required', { field: t('partyOrgs.termChange.newTermEnd') }) }]}
          {...dayField}
        >
          <DatePicker style={{ width: '100%' }} data-testid="term-change-end" />
        </Form.Item>
        <Form.Item name="approvedBy" label={t('partyOrgs.termChange.approvedBy')} rules={required(t('partyOrgs.termChange.approvedBy'))}>
          <Input maxLength={200} data-testid="term-change-approved-by" />
        </Form.Item>
        <Form.Item name="reason" label={t('partyOrgs.termChange.reason')} rules={required(t('partyOrgs.termChange.reason'))}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="term-change-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
