import { Descriptions, Progress, Tag } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import type { TaskDetail } from '../api';
import { LightDot, StatusTag } from '../shared/StatusTag';
import { useLightReason } from '../shared/use-light-reason';

export function TaskFacts({ task }: { task: TaskDetail }) {
  const t = useT();
  const reason = useLightReason()({
    light: task.light,
    status: task.status,
    deadline: task.deadline,
    milestones: task.milestones,
    lightReasons: task.lightReasons,
  });
  const spanLink = task.source
    ? `/ledger/sources/${task.source.id}${task.sourceSpan ? `?start=${task.sourceSpan.start}&end=${task.sourceSpan.end}&task=${task.id}` : ''}`
    : null;
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="task-facts">
      <Descriptions.Item label={t('ledger.col.status')}>
        <StatusTag status={task.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.col.light')}>
        <LightDot light={task.light} />
        {reason && (
          <span style={{ color: '#888', marginInlineStart: 8 }} data-testid="task-light-reason">
            {reason}
          </span>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.col.deadline')}>
        {task.deadline ?? t('ledger.noDeadline')}
        {task.deadlinePhrase && <span style={{ color: '#888' }}>（{task.deadlinePhrase}）</span>}
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.col.leadUnit')}>{task.leadUnit?.name ?? ''}</Descriptions.Item>
      <Descriptions.Item label={t('ledger.col.supportingUnits')}>{task.supportingUnits.map((u) => u.name).join('、')}</Descriptions.Item>
      <Descriptions.Item label={t('ledger.col.owner')}>{task.owner?.name ?? ''}</Descriptions.Item>
      <Descriptions.Item label={t('ledger.detail.liaison')}>{task.liaison?.name ?? ''}</Descriptions.Item>
      <Descriptions.Item label={t('ledger.col.category')}>
        {t(`ledger.category.${task.category}`)} {task.key && <Tag color="red">{t('ledger.keyTag')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.detail.progress')}>
        <Progress percent={task.progress} size="small" style={{ width: 160, margin: 0 }} />
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.detail.source')} span={2}>
        {task.source && (
          <>
            {t(`ledger.sourceKind.${task.source.kind}`)}
            {t('common.colon')}
            {task.source.title}
            {spanLink && (
              <Link to={spanLink} style={{ marginInlineStart: 8 }} data-testid="task-source-span">
                {t('ledger.detail.viewSpan')}
              </Link>
            )}
          </>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.detail.dates')}>
        {[
          [t('ledger.detail.dispatchedOn'), task.dates.dispatched],
          [t('ledger.detail.acknowledgedOn'), task.dates.acknowledged],
          [t('ledger.detail.lastReportOn'), task.dates.lastReport],
          [t('ledger.detail.signedOffOn'), task.dates.signedOff],
        ]
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              {k}
              {t('common.colon')}
              {v}
            </div>
          ))}
      </Descriptions.Item>
    </Descriptions>
  );
}
