import { useQuery } from '@tanstack/react-query';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { problemsApi } from '../api';

/** A problem; `reload` after a change invalidates it and what a problem change moves (its measures are tasks). */
export function useProblem(id: number) {
  const problem = useQuery({ queryKey: keys.problems.detail(id), queryFn: ({ signal }) => problemsApi.get(id, signal) });
  const invalidate = useInvalidate();
  return { ...problem, reload: () => void invalidate(...affectedBy('problem')) };
}
