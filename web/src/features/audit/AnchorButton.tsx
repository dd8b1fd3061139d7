import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { CopyOutlined, DownloadOutlined, PushpinOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { isApiError } from '../../api/errors';
import { errorText } from '../../lib/error-text';
import { copyText } from '../../lib/copy-text';
import { saveText } from '../../lib/download';
import { anchorApi, type AuditAnchor } from './anchor-api';

/** 获取锚点: takes the signed head of the chain and shows it to copy or save, to be kept off the server. */
export function AnchorButton() {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [anchor, setAnchor] = useState<AuditAnchor | null>(null);

  const take = async () => {
    setBusy(true);
    try {
      setAnchor(await anchorApi.take());
    } catch (err) {
      message.error(isApiError(err) && err.status === 404 ? t('audit.anchor.empty') : t('audit.anchor.failed', { message: errorText(err, t) }));
    } finally {
      setBusy(false);
    }
  };

  const copy = (text: string) =>
    void copyText(text).then((ok) => (ok ? message.success(t('audit.anchor.copied')) : message.warning(t('audit.anchor.copyFailed'))));

  return (
    <>
      {/* No tooltip: a tap would leave it standing over the dialog, which explains the anchor itself. */}
      <Button icon={<PushpinOutlined />} loading={busy} onClick={() => void take()} data-testid="audit-anchor">
        {t('audit.anchor.button')}
      </Button>
      <Modal
        open={anchor !== null}
        title={t('audit.anchor.title')}
        onCancel={() => setAnchor(null)}
        footer={<Button onClick={() => setAnchor(null)}>{t('audit.anchor.close')}</Button>}
        data-testid="audit-anchor-dialog"
      >
        {anchor && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Alert type="info" showIcon title={t('audit.anchor.intro', { id: anchor.id, at: dayjs(anchor.at).format('YYYY-MM-DD HH:mm:ss') })} />
            <Input.TextArea
              readOnly
              value={anchor.anchor}
              autoSize={{ minRows: 3 }}
              spellCheck={false}
              style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="audit-anchor-text"
            />
            <Space wrap>
              <Button type="primary" icon={<CopyOutlined />} onClick={() => copy(anchor.anchor)} data-testid="audit-anchor-copy">
                {t('audit.anchor.copy')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                onClick={() => saveText(`luoshi-audit-anchor-${anchor.id}.txt`, `${anchor.anchor}\n`)}
                data-testid="audit-anchor-download"
              >
                {t('audit.anchor.download')}
              </Button>
            </Space>
          </Space>
        )}
      </Modal>
    </>
  );
}
