import { useCallback, useState } from 'react';

export interface SavedView {
  name: string;
  /** The ledger URL's query string. */
  search: string;
}

const key = (userId: number) => `luoshi.ledger.views.${userId}`;

function read(userId: number): SavedView[] {
  try {
    const raw = localStorage.getItem(key(userId));
    const list = raw ? (JSON.parse(raw) as SavedView[]) : [];
    return Array.isArray(list) ? list.filter((v) => typeof v?.name === 'string' && typeof v.search === 'string') : [];
  } catch {
    return [];
  }
}

/** Named filter sets per user, in this browser (localStorage) until the server keeps them. */
export function useSavedViews(userId: number) {
  const [views, setViews] = useState<SavedView[]>(() => read(userId));
  const persist = useCallback(
    (next: SavedView[]) => {
      setViews(next);
      try {
        localStorage.setItem(key(userId), JSON.stringify(next));
      } catch {
        /* storage disabled: the views last for this page */
      }
    },
    [userId],
  );
  const save = useCallback((name: string, search: string) => persist([...views.filter((v) => v.name !== name), { name, search }]), [persist, views]);
  const remove = useCallback((name: string) => persist(views.filter((v) => v.name !== name)), [persist, views]);
  return { views, save, remove };
}
