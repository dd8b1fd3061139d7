import { useRef, useState } from 'react';
import { App, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { ledgerApi, type UploadedFile } from '../api';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.ofd,.txt,.jpg,.jpeg,.png,.zip,.rar';
const MAX = 20 * 1024 * 1024;

interface Props {
  value?: UploadedFile[];
  onChange?: (files: UploadedFile[]) => void;
}

/** Evidence files, uploaded as soon as they are picked; the form keeps their ids. */
export function EvidenceUpload({ value = [], onChange }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(0);
  // Several files upload at once: each answer adds to the latest list, not the one it started with.
  const latest = useRef(value);
  latest.current = value;
  const list: UploadFile[] = value.map((f) => ({ uid: String(f.id), name: f.name, status: 'done', url: ledgerApi.fileUrl(f.id) }));
  return (
    <div data-testid="evidence-upload">
      <Upload
        accept={ACCEPT}
        multiple
        fileList={list}
        onRemove={(f) => {
          onChange?.(value.filter((x) => String(x.id) !== f.uid));
          return true;
        }}
        beforeUpload={(file) => {
          if (file.size > MAX) {
            message.error(t('ledger.reportForm.uploadHint'));
            return Upload.LIST_IGNORE;
          }
          setBusy((n) => n + 1);
          ledgerApi
            .uploadFile(file)
            .then((saved) => {
              latest.current = [...latest.current, saved];
              onChange?.(latest.current);
            })
            .catch((err: unknown) => message.error(errorText(err, t)))
            .finally(() => setBusy((n) => n - 1));
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy > 0}>
          {t('ledger.reportForm.upload')}
        </Button>
      </Upload>
      <div style={{ color: '#999', fontSize: 12, marginTop: 4 }}>{t('ledger.reportForm.uploadHint')}</div>
    </div>
  );
}
