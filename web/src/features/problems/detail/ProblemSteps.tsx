import { Steps } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { problemStatuses, type ProblemStatus } from '../model';

/** 登记 → 整改中 → 待验收 → 已整改. */
export function ProblemSteps({ status }: { status: ProblemStatus }) {
  const t = useT();
  const current = problemStatuses.indexOf(status);
  return (
    <Steps
      size="small"
      data-testid="problem-steps"
      data-status={status}
      current={current}
      status={status === 'rectified' ? 'finish' : 'process'}
      items={problemStatuses.map((s) => ({ title: t(`problems.steps.${s}`) }))}
      style={{ marginBottom: 16 }}
    />
  );
}
