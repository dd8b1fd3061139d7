import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { sourcesApi } from '../ledger/api';

/** Deployment sources (部署来源) by id, for the scope picker and labels. */
export function useSources() {
  // The same first 200 the ledger's filter reads: one cached answer for both.
  const r = useQuery({ queryKey: keys.sources.list(1, 200), queryFn: ({ signal }) => sourcesApi.list(1, 200, signal) });
  const items = useMemo(() => r.data?.items ?? [], [r.data]);
  const byId = useMemo(() => new Map(items.map((s) => [s.id, s.title])), [items]);
  return { items, byId };
}
