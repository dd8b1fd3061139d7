import { Badge, Tag } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import type { TermStatus } from '../model';
import type { WeakLaxStatus } from '../weak-lax/api';

const termColor: Record<TermStatus, 'error' | 'warning' | 'success' | 'default'> = { overdue: 'error', dueSoon: 'warning', ok: 'success', unknown: 'default' };

/** The term's light: red 届满未换届, yellow due within 6 months, green in term, grey no term recorded. */
export function TermStatusLight({ status }: { status: TermStatus }) {
  const t = useT();
  return (
    <span data-testid="term-status" data-status={status}>
      <Badge status={termColor[status]} text={t(`partyOrgs.termStatus.${status}`)} />
    </span>
  );
}

const weakColor: Record<WeakLaxStatus, string> = { screened: 'default', designated: 'volcano', rectifying: 'orange', watched: 'cyan', closed: 'green' };

/** A weak-and-lax status as a tag. */
export function WeakStatusTag({ status }: { status: WeakLaxStatus }) {
  const t = useT();
  return (
    <Tag color={weakColor[status]} data-testid="weak-status" data-status={status}>
      {t(`partyOrgs.weakStatus.${status}`)}
    </Tag>
  );
}
