import { useState } from 'react';
import { Alert, App, Button, Checkbox, Modal, Space, Table, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { downloadFile } from '../../../lib/download';
import { problemsApi, type ProblemImportResult } from '../api';

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** 导入问题清单: the template, the upload, row errors by row number, optionally skipping bad rows. */
export function ProblemImportModal({ open, onClose, onImported }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [skip, setSkip] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ProblemImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await problemsApi.import(file, skip);
      setResult(r);
      if (r.rejected) setError(r.rejected);
      if (r.imported > 0) {
        message.success(t('problems.import.done', { imported: r.imported, skipped: r.skipped }));
        onImported();
      }
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const template = () => downloadFile(problemsApi.importTemplateUrl).catch((err: unknown) => message.error(errorText(err, t)));

  return (
    <Modal
      open={open}
      title={t('problems.import.title')}
      onCancel={onClose}
      width={720}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!file} loading={busy} onClick={() => void submit()} data-testid="problem-import-submit">
            {t('problems.import.submit')}
          </Button>
        </Space>
      }
    >
      <p>{t('problems.import.hint')}</p>
      <Button icon={<DownloadOutlined />} type="link" onClick={() => void template()} style={{ paddingInline: 0 }} data-testid="problem-import-template">
        {t('problems.import.template')}
      </Button>
      <Upload.Dragger
        accept=".xlsx"
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
        <p>{t('problems.import.pick')}</p>
      </Upload.Dragger>
      <Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)} data-testid="problem-import-skip">
        {t('problems.import.skipBadRows')}
      </Checkbox>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {result && result.imported > 0 && <Alert type="success" showIcon title={t('problems.import.done', { imported: result.imported, skipped: result.skipped })} style={{ marginTop: 12 }} />}
      {result && result.errors.length > 0 && (
        <>
          <p style={{ marginTop: 12 }}>{t('problems.import.rowErrors', { count: result.errors.length })}</p>
          <Table
            size="small"
            data-testid="problem-import-errors"
            rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={result.errors}
            columns={[
              { title: '#', dataIndex: 'row', width: 90, render: (row: number) => t('problems.import.row', { row }) },
              { title: t('problems.import.field'), dataIndex: 'field', width: 140 },
              { title: t('problems.import.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
