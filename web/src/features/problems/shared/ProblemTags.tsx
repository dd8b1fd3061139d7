import { Tag } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { LightDot } from '../../ledger/shared/StatusTag';
import type { ProblemItem } from '../api';
import type { ProblemStatus, Severity } from '../model';

const statusColor: Record<ProblemStatus, string> = { open: 'default', rectifying: 'processing', awaitingAcceptance: 'purple', rectified: 'success' };
const severityColor: Record<Severity, string> = { general: 'default', serious: 'orange', critical: 'red' };

export function ProblemStatusTag({ status }: { status: ProblemStatus }) {
  const t = useT();
  return (
    <Tag color={statusColor[status]} data-testid="problem-status" data-status={status}>
      {t(`problems.status.${status}`)}
    </Tag>
  );
}

export function SeverityTag({ severity }: { severity: Severity }) {
  const t = useT();
  return <Tag color={severityColor[severity]}>{t(`problems.severity.${severity}`)}</Tag>;
}

/** The problem's own light on its rectification deadline, with the days left as the reason. */
/** `inline` writes the reason beside the dot (detail page); otherwise it is the tooltip (tables). */
export function ProblemLight({ problem, inline }: { problem: Pick<ProblemItem, 'light' | 'daysLeft' | 'warnAt'>; inline?: boolean }) {
  const t = useT();
  const { light, daysLeft, warnAt } = problem;
  let reason: string | undefined;
  if (daysLeft !== null) {
    if (daysLeft < 0) reason = t('problems.lightReason.overdue', { days: -daysLeft });
    else if (warnAt !== null) reason = t('problems.lightReason.warn', { days: daysLeft, warnAt });
    else reason = t('problems.lightReason.onTrack', { days: daysLeft });
  }
  if (!inline) return <LightDot light={light} reason={reason} />;
  return (
    <>
      <LightDot light={light} />
      {reason && (
        <span style={{ color: '#888', marginInlineStart: 8 }} data-testid="problem-light-reason">
          {reason}
        </span>
      )}
    </>
  );
}
