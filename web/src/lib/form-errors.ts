import type { FormInstance } from 'antd';
import { fieldMessage, fieldPath, isApiError } from '../api/errors';

/**
 * Puts the server's field errors under the matching inputs and returns what is left to say in a
 * banner (null when every error found its field). The form's values are never touched: a failed
 * submit keeps everything the user typed.
 */
export function applyFormError(form: FormInstance, err: unknown): { banner: boolean } {
  if (!isApiError(err) || err.errors.length === 0) return { banner: true };
  const registered = new Set(Object.keys(form.getFieldsValue()));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  let unplaced = 0;
  for (const e of err.errors) {
    const name = fieldPath(e.field);
    if (!registered.has(String(name[0]))) {
      unplaced++;
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(fieldMessage(e));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  const first = byField.values().next().value;
  if (first) form.scrollToField(first.name);
  return { banner: unplaced > 0 };
}
