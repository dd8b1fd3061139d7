import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { useTimeZone } from '../../lib/use-date-time';
import type { AuditQuery } from './api';
import { toApiQuery } from './presets';

/** What the URL holds: the API's filters, but `from` and `to` are days (YYYY-MM-DD, both inclusive) rather than instants, so a link reads well. */
export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

export interface AuditUrlState extends AuditFilters {
  page: number;
  pageSize: number;
}

const PAGE_SIZES = [20, 50, 100, 200];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters and paging live in the URL: reload, back and a shared link show the same rows. */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const timeZone = useTimeZone();

  const state = useMemo<AuditUrlState>(() => {
    const str = (k: string) => params.get(k)?.trim() || undefined;
    const day = (k: string) => {
      const v = str(k);
      return v && DAY.test(v) && dayjs(v).isValid() ? v : undefined;
    };
    const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
    const pageSize = num('pageSize') ?? 20;
    const page = num('page') ?? 1;
    return {
      from: day('from'),
      to: day('to'),
      actor: str('actor'),
      action: str('action'),
      entity: str('entity'),
      entityId: str('entityId'),
      page: Number.isInteger(page) && page > 0 ? page : 1,
      pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
    };
  }, [params]);

  const write = useCallback(
    (next: AuditUrlState) => {
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
  const setFilters = useCallback((filters: AuditFilters) => write({ ...filters, page: 1, pageSize: state.pageSize }), [write, state.pageSize]);
  const setPage = useCallback((page: number, pageSize: number) => write({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize }), [write, state]);

  return { state, query: useMemo(() => toApiQuery(state, timeZone), [state, timeZone]), setFilters, setPage, pageSizes: PAGE_SIZES };
}
