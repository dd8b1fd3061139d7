import { useCallback, useState } from 'react';

export const allColumns = [
  'number',
  'title',
  'light',
  'status',
  'deadline',
  'leadUnit',
  'supportingUnits',
  'owner',
  'category',
  'source',
  'progress',
  'latestReport',
  'updatedAt',
] as const;
export type ColumnKey = (typeof allColumns)[number];
const defaults: ColumnKey[] = ['number', 'title', 'light', 'status', 'deadline', 'leadUnit', 'supportingUnits', 'progress', 'latestReport'];

const key = (userId: number) => `luoshi.ledger.columns.${userId}`;

function read(userId: number): ColumnKey[] {
  try {
    const raw = localStorage.getItem(key(userId));
    const list = raw ? (JSON.parse(raw) as string[]) : null;
    const known = list?.filter((c): c is ColumnKey => (allColumns as readonly string[]).includes(c));
    return known && known.length ? known : defaults;
  } catch {
    return defaults;
  }
}

/** Which ledger columns show, remembered per user in this browser. The title always shows. */
export function useColumns(userId: number) {
  const [visible, setVisible] = useState<ColumnKey[]>(() => read(userId));
  const set = useCallback(
    (next: ColumnKey[]) => {
      const list = allColumns.filter((c) => c === 'title' || next.includes(c));
      setVisible(list);
      try {
        localStorage.setItem(key(userId), JSON.stringify(list));
      } catch {
        /* ignored */
      }
    },
    [userId],
  );
  return { visible, set, reset: () => set(defaults) };
}
