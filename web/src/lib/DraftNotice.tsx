import { Alert, Button } from 'antd';
import { useT } from '../i18n/I18nProvider';

export function DraftNotice({ show, onClear }: { show: boolean; onClear: () => void }) {
  const t = useT();
  if (!show) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="draft-restored"
      title={t('common.draftRestored')}
      action={
        <Button size="small" type="link" onClick={onClear}>
          {t('common.clearDraft')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
