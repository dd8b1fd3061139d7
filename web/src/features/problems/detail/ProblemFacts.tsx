import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import type { ProblemDetail } from '../api';
import { ProblemLight, ProblemStatusTag, SeverityTag } from '../shared/ProblemTags';

export function ProblemFacts({ problem }: { problem: ProblemDetail }) {
  const t = useT();
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="problem-facts">
      <Descriptions.Item label={t('problems.col.finding')} span="filled">
        <span style={{ whiteSpace: 'pre-wrap' }} data-testid="problem-finding-text">
          {problem.finding}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('problems.col.source')}>
        {t(`problems.sourceKind.${problem.sourceKind}`)} ·{' '}
        {problem.taskId ? <Link to={`/ledger/tasks/${problem.taskId}`}>{problem.sourceTitle}</Link> : problem.sourceTitle}
      </Descriptions.Item>
      <Descriptions.Item label={t('problems.col.category')}>{problem.category}</Descriptions.Item>
      <Descriptions.Item label={t('problems.col.severity')}>
        <SeverityTag severity={problem.severity} />
      </Descriptions.Item>
      <Descriptions.Item label={t('problems.col.unit')}>{problem.unit?.name ?? ''}</Descriptions.Item>
      <Descriptions.Item label={t('problems.col.foundOn')}>{problem.foundOn ?? ''}</Descriptions.Item>
      <Descriptions.Item label={t('problems.col.deadline')}>{problem.deadline}</Descriptions.Item>
      <Descriptions.Item label={t('problems.col.status')}>
        <ProblemStatusTag status={problem.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('problems.col.light')}>
        <ProblemLight problem={problem} inline />
      </Descriptions.Item>
      <Descriptions.Item label={t('problems.col.measures')}>
        {problem.measureCounts.total
          ? t('problems.measuresDone', { signedOff: problem.measureCounts.signedOff, total: problem.measureCounts.total })
          : t('problems.noMeasures')}
      </Descriptions.Item>
    </Descriptions>
  );
}
