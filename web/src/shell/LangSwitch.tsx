import { Segmented } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/lang';

// Each language is named in itself, so a user who cannot read the current one still finds theirs.
const options: { label: string; value: Lang }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en-US' },
];

export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return <Segmented<Lang> size="small" aria-label={t('shell.language')} data-testid="lang-switch" options={options} value={lang} onChange={setLang} />;
}
