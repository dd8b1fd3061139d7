import { useCallback, useEffect, useState } from 'react';
import type { FormInstance } from 'antd';

const PREFIX = 'luoshi.draft.';

function read<T>(key: string): Partial<T> | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Partial<T>) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps a create form's entries in sessionStorage until it is saved, so closing the dialog, a
 * reload or an expired session (and the trip to the login page) loses nothing. Secret fields
 * (passwords) are never written to storage.
 */
export function useDraft<T extends object>(key: string, form: FormInstance<T>, opts: { omit?: (keyof T)[]; active: boolean }) {
  const [restored, setRestored] = useState(false);
  const omit = opts.omit ?? [];

  useEffect(() => {
    if (!opts.active) return;
    const draft = read<T>(key);
    if (draft && Object.keys(draft).length > 0) {
      form.setFieldsValue(draft as Parameters<typeof form.setFieldsValue>[0]);
      setRestored(true);
    } else {
      setRestored(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, opts.active]);

  /** Pass as the Form's onValuesChange. */
  const onValuesChange = useCallback(
    (_: unknown, all: T) => {
      const copy: Record<string, unknown> = { ...(all as Record<string, unknown>) };
      for (const k of omit) delete copy[k as string];
      const meaningful = Object.values(copy).some((v) => v !== undefined && v !== null && v !== '');
      try {
        if (meaningful) sessionStorage.setItem(PREFIX + key, JSON.stringify(copy));
        else sessionStorage.removeItem(PREFIX + key);
      } catch {
        /* storage full or disabled: the open form still holds the values */
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(PREFIX + key);
    } catch {
      /* ignored */
    }
    setRestored(false);
  }, [key]);

  return { restored, onValuesChange, clear };
}
