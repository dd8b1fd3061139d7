import { Alert, Button, Card, Space, Typography } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useDateTime } from '../../../lib/use-date-time';
import { ledgerApi } from '../../ledger/api';
import type { ProblemDetail } from '../api';
import type { AcceptMode } from './AcceptModal';

/** 验收: what was decided (by whom, when, with which evidence), and the buttons when it is due. */
export function AcceptanceCard({ problem, onOpen }: { problem: ProblemDetail; onOpen: (m: AcceptMode) => void }) {
  const t = useT();
  const when = useDateTime();
  const canAccept = problem.actions.includes('accept');
  const canRefuse = problem.actions.includes('refuseAcceptance');
  const { acceptance, refusal } = problem;
  if (!acceptance && !refusal && !canAccept && !canRefuse && problem.status !== 'awaitingAcceptance') return null;
  return (
    <Card
      size="small"
      title={t('problems.detail.acceptance')}
      data-testid="problem-acceptance"
      extra={
        <Space>
          {canAccept && (
            <Button type="primary" onClick={() => onOpen('accept')} data-testid="problem-accept">
              {t('problems.accept.button')}
            </Button>
          )}
          {canRefuse && (
            <Button danger onClick={() => onOpen('refuse')} data-testid="problem-refuse">
              {t('problems.refuse.button')}
            </Button>
          )}
        </Space>
      }
    >
      {problem.status === 'awaitingAcceptance' && (
        <Alert type="info" showIcon title={t('problems.detail.awaitingHint')} style={{ marginBottom: acceptance || refusal ? 12 : 0 }} />
      )}
      {refusal && (
        <Alert
          type="warning"
          showIcon
          data-testid="problem-refusal"
          title={t('problems.detail.refusedBy', { name: refusal.by?.name ?? '', at: when(refusal.at) })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{refusal.reason}</span>}
        />
      )}
      {acceptance && (
        <div data-testid="problem-accepted">
          <Typography.Text strong>{t('problems.detail.acceptedBy', { name: acceptance.by?.name ?? '', at: when(acceptance.at) })}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{acceptance.comment}</Typography.Paragraph>
          <Space wrap>
            {t('problems.detail.evidence')}
            {t('common.colon')}
            {acceptance.fileIds.map((id, i) => (
              <a key={id} href={ledgerApi.fileUrl(id)} data-testid="acceptance-file">
                {t('problems.detail.evidenceFile', { n: i + 1 })}
              </a>
            ))}
          </Space>
        </div>
      )}
    </Card>
  );
}
