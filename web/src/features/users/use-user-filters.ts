import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { UserQuery } from './api';

export type UserFilters = Omit<UserQuery, 'page' | 'pageSize'>;

const PAGE_SIZES = [20, 50, 100, 200];

/** Filters and paging live in the URL: reload, back and a shared link show the same list. */
export function useUserFilters() {
  const [params, setParams] = useSearchParams();

  const query = useMemo<UserQuery>(() => {
    const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
    const status = params.get('status');
    const pageSize = num('pageSize') ?? 20;
    return {
      under: num('under'),
      q: params.get('q') ?? undefined,
      status: status === 'active' || status === 'disabled' ? status : undefined,
      role: params.get('role') ?? undefined,
      // The secAdmin's to-do line (accounts locked now) opens this list.
      locked: params.get('locked') === 'true' ? true : undefined,
      page: Math.max(1, num('page') ?? 1),
      pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
    };
  }, [params]);

  const write = useCallback(
    (next: UserQuery) => {
      const out = new URLSearchParams();
      for (const [k, v] of Object.entries(next)) {
        if (v === undefined || v === null || v === '') continue;
        if ((k === 'page' && v === 1) || (k === 'pageSize' && v === 20)) continue;
        out.set(k, String(v));
      }
      setParams(out, { replace: true });
    },
    [setParams],
  );

  /** A new filter starts again at page 1. */
  const setFilters = useCallback((filters: UserFilters) => write({ ...filters, page: 1, pageSize: query.pageSize }), [write, query.pageSize]);
  const setPage = useCallback((page: number, pageSize: number) => write({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }), [write, query]);

  return { query, setFilters, setPage, pageSizes: PAGE_SIZES };
}
