import { useState } from 'react';
import { Alert, App, Button, Checkbox, Modal, Space, Table, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { isApiError } from '../../../api/errors';
import { ledgerApi, type ImportResult } from '../api';
import { downloadFile } from '../../../lib/download';

const LAST_IMPORT = 'luoshi.ledger.lastImport';

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

function readLast(): { batchId: number; imported: number } | null {
  try {
    const raw = sessionStorage.getItem(LAST_IMPORT);
    return raw ? (JSON.parse(raw) as { batchId: number; imported: number }) : null;
  } catch {
    return null;
  }
}

/** Import from the Excel template: row errors by row number, optionally skip them, undo the last import. */
export function ImportModal({ open, onClose, onImported }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [skip, setSkip] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState(readLast);

  const missing = (err: unknown) => isApiError(err) && err.status === 404;

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await ledgerApi.import(file, skip);
      setResult(r);
      if (r.rejected) setError(r.rejected);
      if (r.imported > 0 && r.batchId !== null) {
        const entry = { batchId: r.batchId, imported: r.imported };
        sessionStorage.setItem(LAST_IMPORT, JSON.stringify(entry));
        setLast(entry);
        message.success(t('ledger.import.done', { imported: r.imported, skipped: r.skipped }));
        onImported();
      }
    } catch (err) {
      setError(missing(err) ? t('ledger.import.missing') : errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const undo = () =>
    last &&
    modal.confirm({
      title: t('ledger.import.undo'),
      content: t('ledger.import.undoConfirm', { count: last.imported }),
      onOk: async () => {
        try {
          await ledgerApi.undoImport(last.batchId);
          sessionStorage.removeItem(LAST_IMPORT);
          setLast(null);
          setResult(null);
          message.success(t('ledger.import.undone'));
          onImported();
        } catch (err) {
          message.error(missing(err) ? t('ledger.import.missing') : errorText(err, t));
        }
      },
    });

  const template = () => downloadFile(ledgerApi.importTemplateUrl).catch((err: unknown) => message.error(missing(err) ? t('ledger.import.missing') : errorText(err, t)));

  return (
    <Modal
      open={open}
      title={t('ledger.import.title')}
      onCancel={onClose}
      width={720}
      footer={
        <Space>
          {last && (
            <Button danger onClick={undo} data-testid="ledger-import-undo">
              {t('ledger.import.undo')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!file} loading={busy} onClick={() => void submit()} data-testid="ledger-import-submit">
            {t('ledger.import.submit')}
          </Button>
        </Space>
      }
    >
      <p>{t('ledger.import.hint')}</p>
      <Button icon={<DownloadOutlined />} type="link" onClick={() => void template()} style={{ paddingInline: 0 }}>
        {t('ledger.import.template')}
      </Button>
      <Upload.Dragger
        accept=".xlsx,.xls"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setResult(null);
          setError(null);
          return false;
        }}
        onRemove={() => setFile(null)}
        fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
        style={{ marginBlock: 12 }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('ledger.import.pick')}</p>
      </Upload.Dragger>
      <Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)}>
        {t('ledger.import.skipBadRows')}
      </Checkbox>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {result && result.imported > 0 && <Alert type="success" showIcon title={t('ledger.import.done', { imported: result.imported, skipped: result.skipped })} style={{ marginTop: 12 }} />}
      {result && result.errors.length > 0 && (
        <>
          <p style={{ marginTop: 12 }}>{t('ledger.import.rowErrors', { count: result.errors.length })}</p>
          <Table
            size="small"
            data-testid="ledger-import-errors"
            rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={result.errors}
            columns={[
              { title: '#', dataIndex: 'row', width: 90, render: (row: number) => t('ledger.import.row', { row }) },
              { title: t('ledger.import.field'), dataIndex: 'field', width: 140 },
              { title: t('ledger.import.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
