import { Segmented } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useRemote } from '../../../lib/use-remote';
import { problemsApi, type ProblemFilter } from '../api';
import { problemStatuses, type ProblemStatus } from '../model';

interface Props {
  filter: ProblemFilter;
  /** Changes whenever the list reloads, so the counts follow. */
  reloadKey: unknown;
  onPick: (status: ProblemStatus | undefined) => void;
}

/** 全部 / 登记 / 整改中 / 待验收 / 已整改 with their counts under the other filters; a click filters. */
export function StatusCounts({ filter, reloadKey, onPick }: Props) {
  const t = useT();
  const { status, ...rest } = filter;
  const key = JSON.stringify(rest);
  const counts = useRemote(
    (signal) =>
      Promise.all([undefined, ...problemStatuses].map((s) => problemsApi.list({ ...rest, status: s ? [s] : undefined, page: 1, pageSize: 1 }, signal).then((r) => r.total))),
    [key, reloadKey],
  );
  const n = (i: number) => (counts.data ? ` ${counts.data[i]}` : '');
  const current = status?.length === 1 ? status[0] : 'all';
  return (
    <Segmented
      data-testid="problem-status-counts"
      style={{ marginBottom: 12 }}
      value={current}
      onChange={(v) => onPick(v === 'all' ? undefined : (v as ProblemStatus))}
      options={[
        { value: 'all', label: <span data-testid="problem-count-all">{t('problems.counts.all') + n(0)}</span> },
        ...problemStatuses.map((s, i) => ({ value: s, label: <span data-testid={`problem-count-${s}`}>{t(`problems.status.${s}`) + n(i + 1)}</span> })),
      ]}
    />
  );
}
