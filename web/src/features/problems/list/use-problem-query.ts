import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ProblemFilter, ProblemQuery } from '../api';
import { formatProblemQuery, parseProblemQuery } from './problem-query';

/** Filters and page in the URL; a filter change is a history entry, paging replaces it. */
export function useProblemQuery() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseProblemQuery(params), [params]);
  const write = useCallback((next: Partial<ProblemQuery>, replace = false) => setParams(formatProblemQuery(next), { replace }), [setParams]);
  const setFilters = useCallback((f: ProblemFilter) => write({ ...f, page: 1, pageSize: query.pageSize }), [write, query.pageSize]);
  const patchFilters = useCallback((f: Partial<ProblemFilter>) => write({ ...query, ...f, page: 1 }), [write, query]);
  const setPage = useCallback(
    (page: number, pageSize: number) => write({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }, true),
    [write, query],
  );
  return { query, search: params.toString(), setFilters, patchFilters, setPage };
}
