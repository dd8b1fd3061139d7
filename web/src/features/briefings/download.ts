import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { downloadFile } from '../../lib/download';

/** Downloads a file the server renders (the .docx, the tables .xlsx); a failure becomes a message. */
export function useDownload() {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const download = useCallback(
    async (url: string) => {
      setBusy(url);
      try {
        await downloadFile(url);
      } catch (err) {
        message.error(t('briefings.downloadFailed', { message: errorText(err, t) }));
      } finally {
        setBusy(null);
      }
    },
    [message, t],
  );
  return { busy, download };
}
