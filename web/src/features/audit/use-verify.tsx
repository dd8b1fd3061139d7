import { useState } from 'react';
import { Alert, Button, Tooltip } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useT, type TFunction } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { auditApi, type VerifyResult } from './api';
import type { ChainVerdict } from './anchor-api';

type Verdict = { ok: boolean; text: string };

/** The verdict in words: intact (and agreeing with the anchors checked), or the first row changed or removed. */
export function verdictText(r: ChainVerdict, t: TFunction): Verdict {
  if (r.ok) return { ok: true, text: r.anchors ? t('audit.verify.okAnchors', { rows: r.rows, anchors: r.anchors }) : t('audit.verify.ok', { rows: r.rows }) };
  const bad = r.firstBad ?? { id: 0, problem: 'changed' as const };
  return { ok: false, text: t(`audit.verify.${bad.problem}`, { id: bad.id, rows: r.rows }) };
}

/**
 * The 完整性校验 button and, once run, its verdict: intact, or the first row changed or removed, in red.
 * `show` puts another check's verdict (against anchors) in the same place.
 */
export function useVerify() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Verdict | null>(null);

  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      const r: VerifyResult = await auditApi.verify();
      setResult(verdictText(r, t));
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

  return { button, verdict, show: (r: ChainVerdict) => setResult(verdictText(r, t)) };
}
