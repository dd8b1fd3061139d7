import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from './keys';

/**
 * After a change: marks the given resources' cached queries stale, re-reading the ones on screen.
 * Pass resource keys (`keys.tasks.all`), so every list, detail and count of what changed follows.
 */
export function useInvalidate() {
  const client = useQueryClient();
  return useCallback(
    (...queryKeys: QueryKey[]) => Promise.all(queryKeys.map((queryKey) => client.invalidateQueries({ queryKey }))).then(() => undefined),
    [client],
  );
}
