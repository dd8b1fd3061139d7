import { useCallback, useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { useRemote } from '../../../lib/use-remote';
import { dashboardApi } from '../api';
import type { Period } from './period';
import { useLiveEvents } from './use-live-events';

interface Options {
  top?: number;
  /** Also reload on a timer (the wall display: every 60 s). */
  refreshMs?: number;
}

/**
 * The overview and the rankings of a scope and period, kept current: reloaded (debounced) on
 * every live event about tasks, problems or units, and on a timer when asked.
 */
export function useDashboard(unitId: number | undefined, period: Period, opts: Options = {}) {
  const key = `${unitId ?? ''}|${period.from}|${period.to}|${opts.top ?? ''}`;
  const overview = useRemote((signal) => dashboardApi.overview({ unitId, from: period.from, to: period.to, top: opts.top ?? 5 }, signal), [key]);
  const rankings = useRemote((signal) => dashboardApi.rankings({ unitId, from: period.from, to: period.to }, signal), [key]);
  const [updatedAt, setUpdatedAt] = useState(() => dayjs().format('HH:mm:ss'));
  const { reload: reloadOverview } = overview;
  const { reload: reloadRankings } = rankings;

  const reload = useCallback(() => {
    reloadOverview();
    reloadRankings();
  }, [reloadOverview, reloadRankings]);

  useEffect(() => {
    if (overview.data) setUpdatedAt(dayjs().format('HH:mm:ss'));
  }, [overview.data]);

  const live = useLiveEvents(reload, { debounceMs: 500 });

  useEffect(() => {
    if (!opts.refreshMs) return;
    const id = setInterval(reload, opts.refreshMs);
    return () => clearInterval(id);
  }, [opts.refreshMs, reload]);

  return { overview, rankings, live, reload, updatedAt };
}
