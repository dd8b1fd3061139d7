import { useT } from '../../i18n/I18nProvider';
import type { LookBack } from './api';

/** 全部已销号任务 / 按部署来源：<title> / 随机抽查 N%. */
export function ScopeText({ lookBack, sourceTitle }: { lookBack: Pick<LookBack, 'scope' | 'percent' | 'sourceId'>; sourceTitle?: string }) {
  const t = useT();
  if (lookBack.scope === 'sample') return <>{t('supervision.scopeSample', { percent: lookBack.percent ?? 0 })}</>;
  if (lookBack.scope === 'source') return <>{`${t('supervision.scope.source')}${t('common.colon')}${sourceTitle ?? `#${lookBack.sourceId}`}`}</>;
  return <>{t('supervision.scope.all')}</>;
}
