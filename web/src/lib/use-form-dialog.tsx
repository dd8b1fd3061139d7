import { useState } from 'react';
import { Form } from 'antd';
import { useT } from '../i18n/I18nProvider';
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
}

/**
 * The one form-dialog pattern: validate, a busy state, the 400's field errors under their inputs,
 * what is left in a banner (the typing is kept), and a draft in sessionStorage so a closed dialog,
 * a reload or an expired session loses nothing. Render `header` above the Form, pass
 * `onValuesChange` to it and `busy` to the OK button.
 */
export function useFormDialog<T extends object>({ open, draftKey, omit, onDraftCleared }: Options<T>) {
  const t = useT();
  const [form] = Form.useForm<T>();
  const draft = useDraft<T>(draftKey ?? 'unused', form, { active: open && draftKey !== undefined, omit });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /**
   * Validates, then sends. Resolves `{ value }` after a save (the draft cleared and the form reset),
   * null when a field is invalid or the server refused (the messages are on screen).
   */
  const submit = async <R,>(send: (values: T) => Promise<R>): Promise<{ value: R } | null> => {
    // Invalid fields show their messages under the inputs; nothing to send.
    const values = await form.validateFields().catch(() => null);
    if (!values) return null;
    setBusy(true);
    setError(null);
    try {
      const value = await send(values);
      if (draftKey) draft.clear();
      form.resetFields();
      return { value };
    } catch (err) {
      if (applyFormError(form, err).banner) setError(errorText(err, t));
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
      <FormBanner error={error} extra={error ? t('common.keptValues') : undefined} />
    </>
  );

  return { form, busy, error, setError, submit, header, onValuesChange: draftKey ? draft.onValuesChange : undefined };
}
