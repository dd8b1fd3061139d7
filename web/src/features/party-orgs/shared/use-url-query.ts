import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** How one page's URL reads into its list query: each key's values (repeated parameters for lists). */
export type QueryShape<Q> = (params: URLSearchParams) => Q;

const int = (s: string | null) => (s && /^\d+$/.test(s) ? Number(s) : undefined);

/** A number parameter, or undefined. */
export const intParam = (params: URLSearchParams, key: string) => int(params.get(key));
/** The values of a repeated parameter that are among `values`, or undefined when none. */
export function listParam<T extends string>(params: URLSearchParams, key: string, values: readonly T[]): T[] | undefined {
  const picked = params.getAll(key).filter((v): v is T => (values as readonly string[]).includes(v));
  return picked.length ? picked : undefined;
}

export const PAGE_SIZES = [20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

function format(q: object): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue;
    if ((k === 'page' && v === 1) || (k === 'pageSize' && v === DEFAULT_PAGE_SIZE)) continue;
    if (Array.isArray(v)) for (const x of v) out.append(k, String(x));
    else out.set(k, String(v));
  }
  return out;
}

/**
 * The page's URL is its list endpoint's query (links from figures, reload and back mean the same
 * filters): `parse` reads the filters, paging is added here. A filter change is a history entry,
 * paging replaces it.
 */
export function useUrlQuery<F extends object>(parse: QueryShape<F>) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => {
    const pageSize = int(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE;
    return { ...parse(params), page: Math.max(1, int(params.get('page')) ?? 1), pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE };
  }, [params, parse]);
  const { page: _page, pageSize: _size, ...filter } = query;
  const setFilters = useCallback((f: Partial<F>) => setParams(format({ ...f, pageSize: query.pageSize })), [setParams, query.pageSize]);
  const setPage = useCallback(
    (page: number, pageSize: number) => setParams(format({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }), { replace: true }),
    [setParams, query],
  );
  return { query, filter: filter as unknown as F, search: params.toString(), setFilters, setPage };
}
