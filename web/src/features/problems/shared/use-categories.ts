import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { problemsApi } from '../api';

/** The configured category dictionary (问题类别): configuration, read once per session. */
export function useCategories() {
  const r = useQuery({
    queryKey: keys.problems.categories(),
    queryFn: ({ signal }) => problemsApi.categories(signal).then((x) => x.items),
    staleTime: Infinity,
  });
  return r.data ?? [];
}
