import { useT } from '../i18n/I18nProvider';
import styles from './shell.module.css';

export function Brand({ collapsed = false }: { collapsed?: boolean }) {
  const t = useT();
  return (
    <div className={styles.brand} data-testid="brand">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {!collapsed && (
        <span>
          <strong>{t('shell.productName')}</strong> <span className={styles.latin}>{t('shell.productLatin')}</span>
        </span>
      )}
    </div>
  );
}
