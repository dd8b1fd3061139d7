import { useEffect, useState } from 'react';
import { Button, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { useFormDialog } from '../../lib/use-form-dialog';
import { tokensApi, type CreatedToken } from './api';
import { TokenSecret } from './TokenSecret';

interface Values {
  name: string;
}

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}

/**
 * Asks for a name, then shows the secret once. The secret lives in this component's state only:
 * never in storage, gone when the dialog closes. The name is kept as a draft until saved.
 */
export function TokenCreateModal({ open, onClose, onCreated }: Props) {
  const t = useT();
  const dialog = useFormDialog<Values>({ open, draftKey: 'tokens.create' });
  const { form, setError } = dialog;
  const [created, setCreated] = useState<CreatedToken | null>(null);

  useEffect(() => {
    if (open) setError(null);
    else setCreated(null);
  }, [open, setError]);

  const submit = async () => {
    const saved = await dialog.submit(({ name }) => tokensApi.create(name.trim()));
    if (!saved) return;
    setCreated(saved.value);
    onCreated();
  };

  const close = () => {
    setCreated(null);
    onClose();
  };

  if (created) {
    return (
      <Modal
        open={open}
        title={t('tokens.secretTitle')}
        onCancel={close}
        maskClosable={false}
        keyboard={false}
        width={640}
        footer={
          <Button type="primary" onClick={close} data-testid="token-secret-done">
            {t('tokens.done')}
          </Button>
        }
      >
        <TokenSecret token={created.token} />
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title={t('tokens.createTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.create')}
      okButtonProps={{ 'data-testid': 'token-create-submit' }}
      confirmLoading={dialog.busy}
      forceRender
    >
      {dialog.header}
      <Form<Values>
        form={form}
        name="tokenCreate"
        layout="vertical"
        onValuesChange={dialog.onValuesChange}
        data-testid="token-create-form"
        onFinish={() => void submit()}
      >
        <Form.Item name="name" label={t('tokens.name')} extra={t('tokens.nameHelp')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
          <Input placeholder={t('tokens.namePlaceholder')} maxLength={64} autoComplete="off" data-testid="token-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
