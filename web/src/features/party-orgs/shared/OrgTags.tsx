import { Badge, Tag } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import type { TermStatus } from '../model';

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

const weakColor: Record<string, string> = { screened: 'default', designated: 'volcano', rectifying: 'orange', accepted: 'blue', watched: 'cyan', closed: 'green' };

/** A weak-and-lax status as a tag; none shows nothing. */
export function WeakStatusTag({ status }: { status: string | null | undefined }) {
  const t = useT();
  if (!status || status === 'none') return null;
  const key = `partyOrgs.weakStatus.${status}` as const;
  return (
    <Tag color={weakColor[status] ?? 'default'} data-testid="weak-status" data-status={status}>
      {t(key as Parameters<typeof t>[0])}
    </Tag>
  );
}
