import { useRemote } from '../../../lib/use-remote';
import { problemsApi } from '../api';

export function useProblem(id: number) {
  return useRemote((signal) => problemsApi.get(id, signal), [id]);
}
