import { useRemote } from '../../../lib/use-remote';
import { ledgerApi } from '../api';

/** A task with its reports and timeline; `reload` refreshes all three after an action. */
export function useTask(id: number) {
  const task = useRemote((signal) => ledgerApi.get(id, signal), [id]);
  const reports = useRemote((signal) => ledgerApi.reports(id, signal).then((r) => r.items), [id]);
  const timeline = useRemote((signal) => ledgerApi.timeline(id, signal).then((r) => r.items), [id]);
  const reload = () => {
    task.reload();
    reports.reload();
    timeline.reload();
  };
  return { task, reports, timeline, reload };
}
