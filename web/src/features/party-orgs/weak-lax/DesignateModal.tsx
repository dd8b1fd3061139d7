import { App, Form, Input, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { affectedBy } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { weakLaxApi, type WeakLaxItem } from './api';

interface Values {
  contactLeader?: string;
  firstSecretary?: string;
}

/** 认定: the superior confirms a screened organization as weak and lax, with its county-level contact leader and optionally a first secretary. */
export function DesignateModal({ item, onClose }: { item: WeakLaxItem | null; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const dialog = useFormDialog<Values>({ open: item !== null, draftKey: `partyOrgs.designate.${item?.org.id ?? 0}.${item?.year ?? 0}`, freshOnOpen: true });

  const submit = async () => {
    if (!item) return;
    const saved = await dialog.submit((v) =>
      weakLaxApi.designate(item.org.id, { year: item.year, contactLeader: v.contactLeader!.trim(), firstSecretary: v.firstSecretary?.trim() || null }),
    );
    if (!saved) return;
    void invalidate(...affectedBy('partyOrg'));
    message.success(t('partyOrgs.weakLax.designate.done'));
    onClose();
    navigate(`/party-orgs/weak-lax/${saved.value.id}`);
  };

  return (
    <Modal
      open={item !== null}
      title={t('partyOrgs.weakLax.designate.title')}
      width={600}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('partyOrgs.weakLax.designate.button')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'designate-submit' }}
      forceRender
    >
      {dialog.header}
      {item && (
        <p>
          <strong>{item.org.name}</strong>（{item.year}）：{item.criteria.map((c) => c.name).join('；')}
        </p>
      )}
      <Form<Values> form={dialog.form} name="weakLaxDesignate" layout="vertical" onValuesChange={dialog.onValuesChange}>
        <Form.Item
          name="contactLeader"
          label={t('partyOrgs.weakLax.designate.contactLeader')}
          rules={[{ required: true, whitespace: true, message: t('partyOrgs.form.required', { field: t('partyOrgs.weakLax.designate.contactLeader') }) }]}
        >
          <Input maxLength={64} data-testid="designate-leader" />
        </Form.Item>
        <Form.Item name="firstSecretary" label={t('partyOrgs.weakLax.designate.firstSecretary')}>
          <Input maxLength={64} data-testid="designate-first-secretary" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
