import { useRemote } from '../../../lib/use-remote';
import { problemsApi } from '../api';

/** The configured category dictionary (问题类别). */
export function useCategories() {
  const r = useRemote((signal) => problemsApi.categories(signal).then((x) => x.items), []);
  return r.data ?? [];
}
