import { useMemo } from 'react';
import { useRemote } from '../../lib/use-remote';
import { sourcesApi } from '../ledger/api';

/** Deployment sources (部署来源) by id, for the scope picker and labels. */
export function useSources() {
  const r = useRemote((signal) => sourcesApi.list(1, 200, signal).then((x) => x.items), []);
  const items = useMemo(() => r.data ?? [], [r.data]);
  const byId = useMemo(() => new Map(items.map((s) => [s.id, s.title])), [items]);
  return { items, byId };
}
