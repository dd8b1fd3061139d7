import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { useLiveState } from '../../../api/live-updates';
import { useDateTime } from '../../../lib/use-date-time';
import { dashboardApi } from '../api';
import type { Period } from './period';

interface Options {
  top?: number;
  /** Also reload on a timer (the wall display: every 60 s). */
  refreshMs?: number;
}

/**
 * The overview and the rankings of a scope and period, kept current: the shell's live stream
 * invalidates them on every event about tasks, problems or units, and a timer reloads when asked.
 */
export function useDashboard(unitId: number | undefined, period: Period, opts: Options = {}) {
  const overviewQuery = { unitId, from: period.from, to: period.to, top: opts.top ?? 5 };
  const rankingsQuery = { unitId, from: period.from, to: period.to };
  const refetchInterval = opts.refreshMs ?? false;
  const overview = useQuery({
    queryKey: keys.dashboard.overview(overviewQuery),
    queryFn: ({ signal }) => dashboardApi.overview(overviewQuery, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
  const rankings = useQuery({
    queryKey: keys.dashboard.rankings(rankingsQuery),
    queryFn: ({ signal }) => dashboardApi.rankings(rankingsQuery, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
  const [updatedMs, setUpdatedMs] = useState(() => Date.now());

  useEffect(() => {
    if (overview.data) setUpdatedMs(overview.dataUpdatedAt || Date.now());
  }, [overview.data, overview.dataUpdatedAt]);
  const updatedAt = useDateTime()(new Date(updatedMs).toISOString(), { timeOnly: true, seconds: true });

  const live = useLiveState();
  return { overview, rankings, live, updatedAt };
}
