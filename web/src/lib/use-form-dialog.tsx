import { useCallback, useEffect, useState } from 'react';
import { Form } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { isApiError } from '../api/errors';
import { applyFormError } from './form-errors';
import { errorText } from './error-text';
import { useDraft } from './use-draft';
import { DraftNotice } from './DraftNotice';
import { FormBanner } from './FormBanner';

interface Options<T> {
  /** Whether the dialog is open: the draft is restored when it opens. */
  open: boolean;
  /** Keep the entries in sessionStorage under this key until saved (create forms). */
  draftKey?: string;
  /** Fields never written to the draft (passwords). */
  omit?: (keyof T)[];
  /** After "clear draft" reset the form: put back what the page chose (a preselected parent). */
  onDraftCleared?: () => void;
  /**
   * Edit forms that send a version: a 409 calls `onConflict` (the page reloads the record), the
   * banner adds `extra` ("reloaded, your entries are kept") and the typing stays. Codes in `except`
   * are 409s that are not a stale version (a locked record) and get the plain banner.
   */
  conflict?: { onConflict: () => void; extra: string; except?: string[] };
  /** Edit forms fill the fields when opened: keep them after a save so the closing dialog is not blank. */
  keepAfterSave?: boolean;
  /**
   * Dialogs opened for one record after another (a check, a user): each opening starts with empty
   * fields and no banner, then that record's draft (if any) is restored.
   */
  freshOnOpen?: boolean;
}

interface SubmitOptions {
  /** A plain confirmation with no fields rendered: nothing to validate. */
  validate?: boolean;
}

/**
 * The one form-dialog pattern (dialogs, and page forms such as the security policy with `open: true`
 * once their data is there): validate, a busy state, the 400's field errors under their inputs,
 * what is left in a banner (the typing is kept), and a draft in sessionStorage so a closed dialog,
 * a reload or an expired session loses nothing. Render `header` above the Form, pass
 * `onValuesChange` to it and `busy` to the OK button.
 */
export function useFormDialog<T extends object>({ open, draftKey, omit, onDraftCleared, conflict, keepAfterSave, freshOnOpen }: Options<T>) {
  const t = useT();
  const [form] = Form.useForm<T>();
  const [error, setBanner] = useState<{ text: string; extra?: string } | null>(null);
  // Declared before useDraft: effects run in order, so the reset comes before the draft's restore.
  useEffect(() => {
    if (!open || !freshOnOpen) return;
    form.resetFields();
    setBanner(null);
  }, [open, draftKey, freshOnOpen, form]);
  const draft = useDraft<T>(draftKey ?? 'unused', form, { active: open && draftKey !== undefined, omit });
  // `extra` unset: the usual "your entries are kept". setError stays stable for the dialogs' effects.
  const setError = useCallback((text: string | null) => setBanner(text === null ? null : { text }), []);
  const [busy, setBusy] = useState(false);

  /**
   * Validates, then sends. Resolves `{ value }` after a save (the draft cleared and the form reset),
   * null when a field is invalid or the server refused (the messages are on screen).
   */
  const submit = async <R,>(send: (values: T) => Promise<R>, { validate = true }: SubmitOptions = {}): Promise<{ value: R } | null> => {
    // Invalid fields show their messages under the inputs; nothing to send.
    const values = validate ? await form.validateFields().catch(() => null) : ({} as T);
    if (!values) return null;
    setBusy(true);
    setError(null);
    try {
      const value = await send(values);
      if (draftKey) draft.clear();
      if (!keepAfterSave) form.resetFields();
      return { value };
    } catch (err) {
      if (conflict && isApiError(err) && err.isConflict && !conflict.except?.includes(err.code)) {
        setBanner({ text: err.message, extra: conflict.extra });
        conflict.onConflict();
      } else if (applyFormError(form, err).banner) setError(errorText(err, t));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const header = (
    <>
      {draftKey && (
        <DraftNotice
          show={draft.restored}
          onClear={() => {
            draft.clear();
            form.resetFields();
            onDraftCleared?.();
          }}
        />
      )}
      <FormBanner error={error?.text ?? null} extra={error ? (error.extra ?? t('common.keptValues')) : undefined} />
    </>
  );

  // clearDraft: a page form whose typing went back to the saved values keeps no draft (the policy form).
  return {
    form,
    busy,
    error: error?.text ?? null,
    setError,
    submit,
    header,
    onValuesChange: draftKey ? draft.onValuesChange : undefined,
    clearDraft: draft.clear,
  };
}
