import { useState } from 'react';
import { Alert, Button, Card, Input, Tabs, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { sourcesApi, type ParseResult } from '../api';

const PASTE_KEY = 'luoshi.draft.ledger.sourcePaste';

/** 第一步: paste the text or upload the file; the parser turns it into an outline. */
export function InputStep({ onParsed }: { onParsed: (p: ParseResult) => void }) {
  const t = useT();
  const [tab, setTab] = useState<'paste' | 'upload'>('paste');
  const [text, setText] = useState(() => sessionStorage.getItem(PASTE_KEY) ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const changeText = (v: string) => {
    setText(v);
    try {
      if (v) sessionStorage.setItem(PASTE_KEY, v);
      else sessionStorage.removeItem(PASTE_KEY);
    } catch {
      /* ignored */
    }
  };

  const parse = async () => {
    if (tab === 'paste' ? !text.trim() : !file) {
      setError(t('ledgerSources.input.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = tab === 'paste' ? await sourcesApi.parseText(text) : await sourcesApi.parseFile(file!);
      sessionStorage.removeItem(PASTE_KEY);
      onParsed(result);
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('ledgerSources.input.title')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'paste' | 'upload')}
        items={[
          {
            key: 'paste',
            label: t('ledgerSources.input.paste'),
            children: (
              <Input.TextArea
                value={text}
                onChange={(e) => changeText(e.target.value)}
                rows={18}
                placeholder={t('ledgerSources.input.placeholder')}
                data-testid="source-paste"
              />
            ),
          },
          {
            key: 'upload',
            label: t('ledgerSources.input.upload'),
            children: (
              <Upload.Dragger
                accept=".txt,.docx,.doc,.pdf"
                maxCount={1}
                beforeUpload={(f) => {
                  setFile(f);
                  return false;
                }}
                onRemove={() => setFile(null)}
                fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
                data-testid="source-upload"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p>{t('ledgerSources.input.uploadHint')}</p>
              </Upload.Dragger>
            ),
          },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="source-parse-error" />}
      <Button type="primary" size="large" loading={busy} onClick={() => void parse()} style={{ marginTop: 16 }} data-testid="source-parse">
        {busy ? t('ledgerSources.input.parsing') : t('ledgerSources.input.parse')}
      </Button>
    </Card>
  );
}
