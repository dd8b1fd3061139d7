import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TaskQuery } from '../api';
import { formatQuery, parseQuery } from './ledger-query';

export type LedgerFilters = Omit<TaskQuery, 'page' | 'pageSize'>;

/** The ledger's filters, sort and page live in the URL: links, reload and back/forward all work. */
export function useLedgerQuery() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseQuery(params), [params]);

  /** A filter change is a new history entry (back undoes it); paging replaces the entry. */
  const write = useCallback((next: Partial<TaskQuery>, replace = false) => setParams(formatQuery(next), { replace }), [setParams]);

  const setFilters = useCallback((f: LedgerFilters) => write({ ...f, page: 1, pageSize: query.pageSize }), [write, query.pageSize]);
  const patchFilters = useCallback((f: Partial<LedgerFilters>) => write({ ...query, ...f, page: 1 }), [write, query]);
  const setPage = useCallback(
    (page: number, pageSize: number) => write({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }, true),
    [write, query],
  );
  const setSearch = useCallback((search: string) => setParams(new URLSearchParams(search)), [setParams]);

  return { query, search: params.toString(), setFilters, patchFilters, setPage, setSearch };
}
