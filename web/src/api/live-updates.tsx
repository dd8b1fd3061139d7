import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { affectedBy, type QueryKey } from './keys';
import { useAccess } from '../access';
import { useLiveEvents, type LiveEvent, type LiveState } from '../lib/use-live-events';

const LiveContext = createContext<LiveState>('offline');

/**
 * The one live-event stream of the signed-in app: each batch of events invalidates the cached
 * queries it may have changed, so every open page and the bell follow without their own stream.
 * The stream is scoped by ledger.read on the server; a user without it gets no stream.
 */
export function LiveUpdates({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const enabled = useAccess().has('ledger.read');
  const onChange = useCallback(
    (events: LiveEvent[] | null) => {
      const targets = new Map<string, QueryKey>();
      for (const key of events === null ? affectedBy(null) : events.flatMap((e) => affectedBy(e.entity))) targets.set(JSON.stringify(key), key);
      for (const queryKey of targets.values()) void client.invalidateQueries({ queryKey });
    },
    [client],
  );
  const state = useLiveEvents(onChange, { enabled });
  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

/** Whether the page's figures are following the live stream (the dashboard's indicator). */
export function useLiveState(): LiveState {
  return useContext(LiveContext);
}
