import { Segmented } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { problemsApi, type ProblemFilter } from '../api';
import { problemStatuses, type ProblemStatus } from '../model';

interface Props {
  filter: ProblemFilter;
  onPick: (status: ProblemStatus | undefined) => void;
}

/** 全部 / 登记 / 整改中 / 待验收 / 已整改 with their counts under the other filters; a click filters. */
export function StatusCounts({ filter, onPick }: Props) {
  const t = useT();
  const { status, ...rest } = filter;
  const key = JSON.stringify(rest);
  // Under the problems' key: whatever invalidates the list invalidates the counts.
  const counts = useQuery({
    queryKey: keys.problems.counts(key),
    queryFn: ({ signal }) =>
      Promise.all(
        [undefined, ...problemStatuses].map((s) =>
          problemsApi.list({ ...rest, status: s ? [s] : undefined, page: 1, pageSize: 1 }, signal).then((r) => r.total),
        ),
      ),
    placeholderData: keepPreviousData,
  });
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
