import { useQuery } from '@tanstack/react-query';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { ledgerApi } from '../api';

/**
 * A task with its reports and timeline; `reload` after an action invalidates all three and
 * whatever else a task change moves (lists, my work, the dashboard, the bell).
 */
export function useTask(id: number) {
  const task = useQuery({ queryKey: keys.tasks.detail(id), queryFn: ({ signal }) => ledgerApi.get(id, signal) });
  const reports = useQuery({ queryKey: keys.tasks.reports(id), queryFn: ({ signal }) => ledgerApi.reports(id, signal).then((r) => r.items) });
  const timeline = useQuery({ queryKey: keys.tasks.timeline(id), queryFn: ({ signal }) => ledgerApi.timeline(id, signal).then((r) => r.items) });
  const invalidate = useInvalidate();
  const reload = () => void invalidate(...affectedBy('task'));
  return { task, reports, timeline, reload };
}
