import { useCallback, useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { isApiError } from '../../../api/errors';

export interface SavedView {
  id: number;
  name: string;
  /** The ledger URL's query string. */
  query: string;
  /** The visible columns when saved; empty: keep the current ones. */
  columns: string[];
  createdAt: string;
}

export const savedViewsApi = {
  list: (signal?: AbortSignal) => api.get<{ items: SavedView[] }>('/api/saved-views', undefined, signal).then((r) => r.items),
  create: (v: { name: string; query: string; columns: string[] }) => api.post<SavedView>('/api/saved-views', v),
  remove: (id: number) => api.delete<void>(`/api/saved-views/${id}`),
};

/** Where this browser kept the views before the server did. */
const legacyKey = (userId: number) => `luoshi.ledger.views.${userId}`;

function readLegacy(userId: number): { name: string; search: string }[] {
  try {
    const raw = localStorage.getItem(legacyKey(userId));
    const list = raw ? (JSON.parse(raw) as { name?: unknown; search?: unknown }[]) : [];
    return Array.isArray(list)
      ? list.filter((v): v is { name: string; search: string } => typeof v?.name === 'string' && v.name.trim() !== '' && typeof v.search === 'string')
      : [];
  } catch {
    return [];
  }
}

const migrating = new Map<number, Promise<void>>();

/**
 * Moves the views this browser kept in localStorage to the server, once: a name the server
 * already has counts as moved. The local copy is cleared only when every view arrived, so a
 * failed move is retried on the next visit.
 */
function migrateLegacy(userId: number): Promise<void> {
  const legacy = readLegacy(userId);
  if (!legacy.length) {
    try {
      localStorage.removeItem(legacyKey(userId));
    } catch {
      /* storage disabled */
    }
    return Promise.resolve();
  }
  let running = migrating.get(userId);
  if (!running) {
    running = (async () => {
      let allMoved = true;
      for (const v of legacy) {
        try {
          await savedViewsApi.create({ name: v.name.trim().slice(0, 60), query: v.search.replace(/^\?/, ''), columns: [] });
        } catch (err) {
          if (!(isApiError(err) && err.status === 409)) allMoved = false;
        }
      }
      if (allMoved) localStorage.removeItem(legacyKey(userId));
    })().finally(() => migrating.delete(userId));
    migrating.set(userId, running);
  }
  return running;
}

/** Named filter sets (常用视图) of the user, kept on the server. */
export function useSavedViews(userId: number) {
  const [views, setViews] = useState<SavedView[]>([]);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    migrateLegacy(userId)
      .catch(() => undefined)
      .then(() => savedViewsApi.list(ctrl.signal))
      .then((list) => {
        if (!ctrl.signal.aborted) setViews(list);
      })
      .catch(() => undefined); // the menu stays empty; saving still reports errors
    return () => ctrl.abort();
  }, [userId, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  /** Throws the server's error (a duplicate name is a 409 with its message). */
  const save = useCallback(async (name: string, query: string, columns: string[]) => {
    const view = await savedViewsApi.create({ name, query, columns });
    setViews((list) => [...list, view]);
    return view;
  }, []);
  const remove = useCallback(
    async (id: number) => {
      setViews((list) => list.filter((v) => v.id !== id));
      try {
        await savedViewsApi.remove(id);
      } finally {
        reload();
      }
    },
    [reload],
  );
  return { views, save, remove, reload };
}
