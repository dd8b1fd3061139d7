import { useState } from 'react';
import { Alert, App, Button, Checkbox, Modal, Space, Table, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { isApiError } from '../api/errors';
import type { ImportAnswer } from '../api/client';
import { errorText } from './error-text';
import { downloadFile } from './download';

/** A row error of an import: the template's row number, its column, and what is wrong. */
export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

/** What an import endpoint answers; `batchId` when the endpoint can undo its last batch. */
export type ImportOutcome = ImportAnswer<ImportRowError> & { batchId?: number | null };

/** The keys every import screen's messages have under its namespace (`ledger.import.title`, …). */
type ImportText = 'title' | 'hint' | 'template' | 'pick' | 'skipBadRows' | 'submit' | 'done' | 'rowErrors' | 'row' | 'field' | 'message';
type UndoText = 'undo' | 'undoConfirm' | 'undone';
/** A namespace with every import message: a module missing one does not compile. */
type ImportNs = { [K in MessageKey]: K extends `${infer N}.title` ? (`${N}.${ImportText}` extends MessageKey ? N : never) : never }[MessageKey];

interface Props {
  open: boolean;
  onClose: () => void;
  /** After rows were imported or a batch undone: the page invalidates what changed. */
  onImported: () => void;
  /** The messages' namespace: `<ns>.title`, `<ns>.done`, … (and `<ns>.undo…` with `undo`). */
  ns: ImportNs;
  /** Prefix of the test ids: `<testId>-submit`, `-errors`, `-template`, `-skip`, `-undo`. */
  testId: string;
  templateUrl: string;
  accept?: string;
  /** Through `importExcel` (api/client): an "import rejected" answer comes back as a result with its row errors. */
  upload: (file: File, skipBadRows: boolean) => Promise<ImportOutcome>;
  /** When the endpoint keeps batches: the last one is remembered (sessionStorage) and can be undone. */
  undo?: { storageKey: string; run: (batchId: number) => Promise<unknown> };
  /** Said instead of the server's text when the endpoint answers 404 (not deployed). */
  missingKey?: string;
}

interface LastBatch {
  batchId: number;
  imported: number;
}

function readLast(key: string | undefined): LastBatch | null {
  if (!key) return null;
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as LastBatch) : null;
  } catch {
    return null;
  }
}

/**
 * The one Excel import dialog: the template, the upload (with the CSRF header, through the API
 * client), all-or-nothing or skip bad rows, the row and column errors of an "import rejected"
 * answer, and the undo of the last batch where the endpoint supports it.
 */
export function ImportDialog({ open, onClose, onImported, ns, testId, templateUrl, accept = '.xlsx', upload, undo, missingKey }: Props) {
  const t = useT();
  // ImportNs guarantees the ImportText keys; the undo keys are needed only with `undo`.
  const m = (k: ImportText | UndoText) => `${ns}.${k}` as MessageKey;
  const { message, modal } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [skip, setSkip] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState(() => readLast(undo?.storageKey));

  const say = (err: unknown) => (missingKey && isApiError(err) && err.status === 404 ? t(missingKey as MessageKey) : errorText(err, t));

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await upload(file, skip);
      setResult(r);
      if (r.rejected) setError(r.rejected);
      if (r.imported > 0) {
        if (undo && r.batchId != null) {
          const entry = { batchId: r.batchId, imported: r.imported };
          sessionStorage.setItem(undo.storageKey, JSON.stringify(entry));
          setLast(entry);
        }
        message.success(t(m('done'), { imported: r.imported, skipped: r.skipped }));
        onImported();
      }
    } catch (err) {
      setError(say(err));
    } finally {
      setBusy(false);
    }
  };

  const undoLast = () =>
    undo &&
    last &&
    modal.confirm({
      title: t(m('undo')),
      content: t(m('undoConfirm'), { count: last.imported }),
      onOk: async () => {
        try {
          await undo.run(last.batchId);
          sessionStorage.removeItem(undo.storageKey);
          setLast(null);
          setResult(null);
          message.success(t(m('undone')));
          onImported();
        } catch (err) {
          message.error(say(err));
        }
      },
    });

  const template = () => downloadFile(templateUrl).catch((err: unknown) => message.error(say(err)));

  return (
    <Modal
      open={open}
      title={t(m('title'))}
      onCancel={onClose}
      width={720}
      footer={
        <Space>
          {undo && last && (
            <Button danger onClick={undoLast} data-testid={`${testId}-undo`}>
              {t(m('undo'))}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!file} loading={busy} onClick={() => void submit()} data-testid={`${testId}-submit`}>
            {t(m('submit'))}
          </Button>
        </Space>
      }
    >
      <p>{t(m('hint'))}</p>
      <Button icon={<DownloadOutlined />} type="link" onClick={() => void template()} style={{ paddingInline: 0 }} data-testid={`${testId}-template`}>
        {t(m('template'))}
      </Button>
      <Upload.Dragger
        accept={accept}
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
        <p>{t(m('pick'))}</p>
      </Upload.Dragger>
      <Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)} data-testid={`${testId}-skip`}>
        {t(m('skipBadRows'))}
      </Checkbox>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {result && result.imported > 0 && (
        <Alert type="success" showIcon title={t(m('done'), { imported: result.imported, skipped: result.skipped })} style={{ marginTop: 12 }} />
      )}
      {result && result.errors.length > 0 && (
        <>
          <p style={{ marginTop: 12 }}>{t(m('rowErrors'), { count: result.errors.length })}</p>
          <Table<ImportRowError>
            size="small"
            data-testid={`${testId}-errors`}
            rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={result.errors}
            columns={[
              { title: '#', dataIndex: 'row', width: 90, render: (row: number) => t(m('row'), { row }) },
              { title: t(m('field')), dataIndex: 'field', width: 140 },
              { title: t(m('message')), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
