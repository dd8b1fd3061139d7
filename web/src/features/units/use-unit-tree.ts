import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { unitsApi, type TreeUnit } from './api';

/**
 * The units this user may see, as a flat list and by id. Read once and shared by every page: it
 * changes only through the units pages (which invalidate it) or a unit event on the live stream.
 */
export function useUnitTree() {
  const q = useQuery({ queryKey: keys.units.tree(), queryFn: ({ signal }) => unitsApi.tree(signal).then((r) => r.items), staleTime: Infinity });
  const byId = useMemo(() => new Map<number, TreeUnit>((q.data ?? []).map((u) => [u.id, u])), [q.data]);
  return { data: q.data, error: q.error, loading: q.isFetching, reload: q.refetch, units: q.data ?? [], byId };
}
