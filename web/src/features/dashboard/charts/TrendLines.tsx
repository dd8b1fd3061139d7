import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/I18nProvider';
import type { TrendPoint } from '../api';
import { pagePathFor } from '../shared/figure-path';
import { EChart } from './EChart';
import { LINE_COLORS } from './colors';

/** '2026-07' → '7月', '2026-W27' → 'W27': short labels for the axis. */
export function bucketLabel(key: string, lang: 'zh' | 'en'): string {
  const w = /^\d{4}-W(\d{2})$/.exec(key);
  if (w) return lang === 'zh' ? `第${Number(w[1])}周` : `W${Number(w[1])}`;
  const m = /^\d{4}-(\d{2})$/.exec(key);
  if (m) return lang === 'zh' ? `${Number(m[1])}月` : key;
  return key;
}

/** 推进趋势: tasks dispatched and signed off per week or month; a point opens its tasks. */
export function TrendLines({ trends, height = 280, dark }: { trends: TrendPoint[]; height?: number | string; dark?: boolean }) {
  const { t, lang: current } = useI18n();
  const navigate = useNavigate();
  const lang = current === 'zh-CN' ? 'zh' : 'en';
  const option = useMemo(() => {
    const line = (key: 'dispatched' | 'signedOff') => ({
      name: t(`dashboard.trend.${key}`),
      type: 'line',
      smooth: false,
      symbolSize: 8,
      itemStyle: { color: LINE_COLORS[key] },
      areaStyle: { opacity: 0.08 },
      data: trends.map((p) => ({ value: p[key].count, list: p[key].list })),
    });
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { fontSize: dark ? 16 : 12 } },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: trends.map((p) => bucketLabel(p.key, lang)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [line('dispatched'), line('signedOff')],
    };
  }, [trends, t, dark, lang]);
  return (
    <EChart
      option={option}
      height={height}
      dark={dark}
      data-testid="chart-trends"
      onClick={(e) => {
        const list = (e.data as { list?: string } | undefined)?.list;
        if (list) navigate(pagePathFor(list));
      }}
    />
  );
}
