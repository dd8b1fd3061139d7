import { App, Timeline, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { downloadFile } from '../../../lib/download';
import { errorText } from '../../../lib/error-text';
import { useDateTime } from '../../../lib/use-date-time';
import { ledgerApi, type TimelineEntry } from '../api';

/**
 * 办理记录: every entry in words, in the reader's language (test/timeline-labels.test.ts checks a label
 * exists for every kind the server shows), with what was said: a reason, 催办's message, the 督办单.
 */
export function TaskTimeline({ items }: { items: TimelineEntry[] }) {
  const t = useT();
  const when = useDateTime();
  const { message } = App.useApp();
  // The server's list of kinds is the generated union: a kind without a label does not compile.
  const label = (action: TimelineEntry['action']) => t(`ledger.timelineAction.${action}`);
  const download = (id: number) => void downloadFile(ledgerApi.supervisionNoticeUrl(id)).catch((err: unknown) => message.error(errorText(err, t)));
  const muted = { color: '#666', whiteSpace: 'pre-wrap' } as const;
  return (
    <Timeline
      data-testid="task-timeline"
      items={items.map((e, i) => ({
        key: i,
        content: (
          <div data-testid="timeline-entry" data-kind={e.action}>
            <div>
              <strong>{label(e.action)}</strong>
              <span style={{ color: '#888', marginInlineStart: 8 }}>
                {e.actor ?? ''}
                {e.actorUnit && <span data-testid="timeline-unit">（{e.actorUnit}）</span>} <span data-testid="timeline-at">{when(e.at)}</span>
              </span>
            </div>
            {e.notice && (
              <div style={muted}>
                <Typography.Link onClick={() => download(e.notice!.id)} data-testid="timeline-notice-download">
                  <DownloadOutlined /> {t('ledger.timeline.notice', { number: e.notice.number })}
                </Typography.Link>
                {e.notice.dueBy && <span style={{ marginInlineStart: 8 }}>{t('ledger.timeline.dueBy', { date: e.notice.dueBy })}</span>}
              </div>
            )}
            {e.deadline && <div style={muted}>{t('ledger.timeline.deadline', { date: e.deadline })}</div>}
            {e.reason && <div style={muted}>{e.reason}</div>}
            {e.message && (
              <div style={muted} data-testid="timeline-message">
                {e.message}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
