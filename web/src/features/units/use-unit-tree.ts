import { useMemo } from 'react';
import { useRemote } from '../../lib/use-remote';
import { unitsApi, type TreeUnit } from './api';

/** The units this user may see, as a flat list and by id. */
export function useUnitTree() {
  const remote = useRemote((signal) => unitsApi.tree(signal).then((r) => r.items), []);
  const byId = useMemo(() => new Map<number, TreeUnit>((remote.data ?? []).map((u) => [u.id, u])), [remote.data]);
  return { ...remote, units: remote.data ?? [], byId };
}
