import { useState } from 'react';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useT, type TFunction } from '../../i18n/I18nProvider';
import { ApiError, fieldMessage, isApiError } from '../../api/errors';
import { useFormDialog } from '../../lib/use-form-dialog';
import { anchorApi, type ChainVerdict } from './anchor-api';

interface Values {
  anchors: string;
}

const MAX_ANCHORS = 50;
const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The server names a bad anchor by its index (`anchor[1]`); the auditor pasted lines, so it shows
 * under the box as the line it came from.
 */
function onLines(err: unknown, lines: number[], t: TFunction): unknown {
  if (!isApiError(err) || err.errors.length === 0) return err;
  const errors = err.errors.map((e) => {
    const i = /^(?:query\.)?anchor\[(\d+)\]$/.exec(e.field);
    return i
      ? { ...e, field: 'body.anchors', message: t('audit.anchor.line', { line: lines[Number(i[1])] ?? Number(i[1]) + 1, message: fieldMessage(e) }) }
      : e;
  });
  return new ApiError(err.status, { ...err.body, errors });
}

/** 按锚点校验: paste anchors kept off the server; the verdict goes to the page (`onVerdict`). */
export function AnchorVerifyButton({ onVerdict }: { onVerdict: (r: ChainVerdict) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const dialog = useFormDialog<Values>({ open });

  const submit = async () => {
    const done = await dialog.submit(async ({ anchors }) => {
      const text = anchors.split(/\r?\n/);
      // The line number (1-based) of each non-blank line, to name the one the server refuses.
      const lines = text.flatMap((l, i) => (l.trim() ? [i + 1] : []));
      try {
        return await anchorApi.verify(linesOf(anchors));
      } catch (err) {
        throw onLines(err, lines, t);
      }
    });
    if (!done) return;
    setOpen(false);
    onVerdict(done.value);
  };

  return (
    <>
      <Button icon={<AimOutlined />} onClick={() => setOpen(true)} data-testid="audit-anchor-verify">
        {t('audit.anchor.verifyButton')}
      </Button>
      <Modal
        open={open}
        title={t('audit.anchor.verifyTitle')}
        onCancel={() => setOpen(false)}
        onOk={() => void submit()}
        okText={t('audit.anchor.verify')}
        okButtonProps={{ 'data-testid': 'audit-anchor-verify-submit' }}
        confirmLoading={dialog.busy}
        forceRender
      >
        <Typography.Paragraph type="secondary">{t('audit.anchor.verifyIntro')}</Typography.Paragraph>
        {dialog.header}
        <Form<Values> form={dialog.form} name="anchorVerify" layout="vertical" data-testid="audit-anchor-verify-form">
          <Form.Item
            name="anchors"
            label={t('audit.anchor.anchors')}
            rules={[
              { required: true, whitespace: true },
              { validator: async (_, v?: string) => (v && linesOf(v).length > MAX_ANCHORS ? Promise.reject(new Error(t('audit.anchor.tooMany'))) : undefined) },
            ]}
          >
            <Input.TextArea
              rows={4}
              placeholder={t('audit.anchor.anchorsPlaceholder')}
              spellCheck={false}
              style={{ fontFamily: 'monospace' }}
              data-testid="audit-anchor-input"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
