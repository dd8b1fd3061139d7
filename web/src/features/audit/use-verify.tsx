import { useState } from 'react';
import { Alert, Button, Tooltip } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { auditApi, type VerifyResult } from './api';

/** The 完整性校验 button and, once run, its verdict: intact, or the first row changed or removed, in red. */
export function useVerify() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      const r: VerifyResult = await auditApi.verify();
      if (r.ok) setResult({ ok: true, text: t('audit.verify.ok', { rows: r.rows }) });
      else {
        const bad = r.firstBad ?? { id: 0, problem: 'changed' as const };
        setResult({ ok: false, text: t(`audit.verify.${bad.problem}`, { id: bad.id, rows: r.rows }) });
      }
    } catch (err) {
      setResult({ ok: false, text: t('audit.verify.failed', { message: errorText(err, t) }) });
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <Tooltip title={t('audit.verify.help')}>
      <Button icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void run()} data-testid="audit-verify">
        {busy ? t('audit.verify.running') : t('audit.verify.button')}
      </Button>
    </Tooltip>
  );

  const verdict = result && (
    <Alert
      type={result.ok ? 'success' : 'error'}
      showIcon
      closable={{ onClose: () => setResult(null) }}
      role={result.ok ? 'status' : 'alert'}
      data-testid={result.ok ? 'audit-verify-ok' : 'audit-verify-bad'}
      title={result.text}
      style={{ marginBottom: 16 }}
    />
  );

  return { button, verdict };
}
