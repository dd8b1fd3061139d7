import { useEffect, useState } from 'react';
import { Button, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { applyFormError } from '../../lib/form-errors';
import { errorText } from '../../lib/error-text';
import { FormBanner } from '../../lib/FormBanner';
import { DraftNotice } from '../../lib/DraftNotice';
import { useDraft } from '../../lib/use-draft';
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
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const draft = useDraft<Values>('tokens.create', form, { active: open });

  useEffect(() => {
    if (open) setError(null);
    else setCreated(null);
  }, [open]);

  const submit = async () => {
    const { name } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const result = await tokensApi.create(name.trim());
      draft.clear();
      form.resetFields();
      setCreated(result);
      onCreated();
    } catch (err) {
      if (applyFormError(form, err).banner) setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
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
      confirmLoading={busy}
      forceRender
    >
      <DraftNotice show={draft.restored} onClear={() => { draft.clear(); form.resetFields(); }} />
      <FormBanner error={error} extra={error ? t('common.keptValues') : undefined} />
      <Form<Values> form={form} name="tokenCreate" layout="vertical" onValuesChange={draft.onValuesChange} data-testid="token-create-form" onFinish={() => void submit()}>
        <Form.Item name="name" label={t('tokens.name')} extra={t('tokens.nameHelp')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
          <Input placeholder={t('tokens.namePlaceholder')} maxLength={64} autoComplete="off" data-testid="token-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
