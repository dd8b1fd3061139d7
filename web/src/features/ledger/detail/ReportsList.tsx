import { useState } from 'react';
import { App, Button, Empty, Image, Input, List, Modal, Progress, Space, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { fileSize, isImage } from '../../../lib/file-size';
import { useDateTime } from '../../../lib/use-date-time';
import { ledgerApi, type Report } from '../api';

const reviewColor = { pending: 'gold', accepted: 'green', returned: 'red', closed: 'default' } as const;

interface Props {
  reports: Report[];
  /** Whether this user reviews the task's reports (the server checks again). */
  canReview: boolean;
  onReviewed: () => void;
}

export function ReportsList({ reports, canReview, onReviewed }: Props) {
  const t = useT();
  const when = useDateTime();
  const { message } = App.useApp();
  const [reviewing, setReviewing] = useState<{ report: Report; decision: 'accepted' | 'returned' } | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  const review = async (r: Report, decision: 'accepted' | 'returned', text?: string) => {
    setBusy(true);
    try {
      await ledgerApi.review(r.id, decision, text?.trim() || undefined);
      message.success(t(decision === 'accepted' ? 'ledger.review.accepted' : 'ledger.review.returned'));
      setReviewing(null);
      setComment('');
      onReviewed();
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  if (reports.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.detail.noReports')} />;
  return (
    <>
      <List
        data-testid="task-reports"
        itemLayout="vertical"
        dataSource={reports}
        renderItem={(r) => (
          <List.Item
            key={r.id}
            data-testid="task-report"
            data-review={r.review}
            actions={
              // A 销号申请 is decided on the task (销号 / 退回销号申请), which closes it here too.
              canReview && r.review === 'pending' && r.kind !== 'signOffRequest'
                ? [
                    <Button
                      key="a"
                      size="small"
                      type="primary"
                      ghost
                      onClick={() => setReviewing({ report: r, decision: 'accepted' })}
                      data-testid="report-accept"
                    >
                      {t('ledger.review.accept')}
                    </Button>,
                    <Button key="r" size="small" danger onClick={() => setReviewing({ report: r, decision: 'returned' })} data-testid="report-return">
                      {t('ledger.review.return')}
                    </Button>,
                  ]
                : undefined
            }
          >
            <Space wrap style={{ marginBottom: 4 }}>
              <Tag>{t(r.kind === 'signOffRequest' ? 'ledger.review.kindSignOff' : 'ledger.review.kindProgress')}</Tag>
              <Tag color={reviewColor[r.review]}>{t(`ledger.review.${r.review}`)}</Tag>
              <span style={{ color: '#888' }}>{[r.unitName, r.authorName, when(r.createdAt)].filter(Boolean).join(' · ')}</span>
              {r.percent !== null && <Progress percent={r.percent} size="small" style={{ width: 120, margin: 0 }} />}
            </Space>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{r.text}</Typography.Paragraph>
            {r.files.length > 0 && (
              // Evidence by name and size; pictures show small beside their name and open large.
              <Space wrap>
                {r.files.map((f) => (
                  <Space key={f.id} size={4} data-testid="report-file">
                    {isImage(f.name) && <Image src={ledgerApi.fileUrl(f.id)} width={48} height={48} style={{ objectFit: 'cover' }} alt={f.name} />}
                    <a href={ledgerApi.fileUrl(f.id)} data-testid="report-file-link">
                      <PaperClipOutlined /> {f.name}
                    </a>
                    <Typography.Text type="secondary" data-testid="report-file-size">
                      {fileSize(f.size)}
                    </Typography.Text>
                  </Space>
                ))}
              </Space>
            )}
            {(r.review === 'accepted' || r.review === 'returned') && (r.reviewComment || r.reviewerName) && (
              <div style={{ color: r.review === 'returned' ? '#cf1322' : '#389e0d', marginTop: 4 }} data-testid="report-review-comment">
                {r.reviewerName ? t('ledger.review.by', { name: r.reviewerName }) : ''}
                {r.reviewComment ? `${t('common.colon')}${r.reviewComment}` : ''}
              </div>
            )}
          </List.Item>
        )}
      />
      <Modal
        open={reviewing !== null}
        title={t(reviewing?.decision === 'returned' ? 'ledger.review.return' : 'ledger.review.accept')}
        onCancel={() => setReviewing(null)}
        okButtonProps={{ danger: reviewing?.decision === 'returned', disabled: reviewing?.decision === 'returned' && !comment.trim() }}
        okText={t(reviewing?.decision === 'returned' ? 'ledger.review.return' : 'ledger.review.accept')}
        confirmLoading={busy}
        onOk={() => reviewing && void review(reviewing.report, reviewing.decision, comment)}
      >
        {reviewing?.decision === 'returned' && <p>{t('ledger.review.commentRequired')}</p>}
        <Input.TextArea
          rows={4}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={2000}
          showCount
          placeholder={t(reviewing?.decision === 'returned' ? 'ledger.review.comment' : 'ledger.review.commentOptional')}
          data-testid="review-comment"
        />
      </Modal>
    </>
  );
}
